/**
 * RFC 4180 CSV, as spreadsheets save it: fields separated by commas, records by CRLF or LF, a field in
 * double quotes may hold commas, line breaks and doubled quotes (""). No package for it is installed,
 * and the format is small enough to read here.
 */

export interface CsvRecord {
  /** The record's line in the file (1-based; a quoted line break makes a record span lines). */
  line: number;
  fields: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/** Reads the whole text; a byte-order mark is ignored and blank lines are skipped. */
export function parseCsv(text: string): CsvResult {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedField = false;

  const endField = () => {
    fields.push(field);
    field = "";
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is a record of one empty field: not data.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const c = input[i]!;
    if (c === '"' && field === "" && !quotedField) {
      // A quoted field: read to its closing quote.
      const start = line;
      i++;
      for (;;) {
        if (i >= input.length) return { ok: false, line: start, message: "A quoted field is never closed" };
        const q = input[i]!;
        if (q === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      quotedField = true;
      const next = input[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        return { ok: false, line, message: "A quoted field must end at a comma or the end of the line" };
      }
      continue;
    }
    if (c === '"') return { ok: false, line, message: 'A double quote inside an unquoted field: quote the field and double the quote ("")' };
    if (c === ",") {
      endField();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return { ok: true, records };
}
