import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.rules.js";

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.fields);
};

describe("parseCsv", () => {
  it.each([
    ["plain fields", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]],
    ["CRLF line ends and no final newline", "a,b\r\n1,2", [["a", "b"], ["1", "2"]]],
    ["empty fields", "a,,c\n,,\n", [["a", "", "c"], ["", "", ""]]],
    ["a quoted comma", 'a,"b,c"\n', [["a", "b,c"]]],
    ["a doubled quote", '"say ""hi"""\n', [['say "hi"']]],
    ["a quoted line break", '"one\ntwo",x\n', [["one\ntwo", "x"]]],
    ["an empty quoted field", '"",x\n', [["", "x"]]],
    ["blank lines skipped", "a\n\n\nb\n", [["a"], ["b"]]],
    ["a byte-order mark", "\ufeffa,b\n", [["a", "b"]]],
    ["spaces kept", " a , b \n", [[" a ", " b "]]],
  ])("%s", (_name, text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it("numbers records by the line they start on", () => {
    const result = parseCsv('h\n"x\ny"\n\nz\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ["an unclosed quote", 'a,"b\n', 1],
    ["text after a closing quote", '"a"b,c\n', 1],
    ["a stray quote in an unquoted field", 'x\nab"c\n', 2],
  ])("refuses %s, naming the line", (_name, text, line) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBe(line);
  });
});
