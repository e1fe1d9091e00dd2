/**
 * Parsing and canonical forms of the identifiers other justice systems give a person, so that the same
 * person typed in different ways is stored, and found, under one value.
 */

export type ParseResult = { ok: true; value: string } | { ok: false; message: string };

const valid = (value: string): ParseResult => ({ ok: true, value });
const invalid = (message: string): ParseResult => ({ ok: false, message });

/** Users paste identifiers from letters and screens: stray spaces and lower case are not their mistake. */
const normalise = (input: string): string => input.trim().toUpperCase();

// The PNC and CRO check letter: I, O and S are left out because they are easily misread as 1, 0 and 5.
const CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

function checkLetterFor(digits: string): string {
  return CHECK_LETTERS.charAt(Number(digits) % CHECK_LETTERS.length);
}

const twoDigits = (n: number): string => String(n % 100).padStart(2, "0");

// ---------------------------------------------------------------------------------------------------
// CRN and prison number: fixed shapes, no check character.

const CRN = /^[A-Z]\d{6}$/;

export function parseCrn(input: string): ParseResult {
  const crn = normalise(input);
  return CRN.test(crn) ? valid(crn) : invalid("CRN must be a letter followed by 6 digits, e.g. X123456");
}

/** Seeds number their cases; n above 999999 does not fit a CRN. */
export function generateCrn(letter: string, n: number): string {
  return `${letter.toUpperCase()}${String(n).padStart(6, "0")}`;
}

const PRISON_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;

export function parsePrisonNumber(input: string): ParseResult {
  const prisonNumber = normalise(input);
  return PRISON_NUMBER.test(prisonNumber)
    ? valid(prisonNumber)
    : invalid("Prison number must be a letter, 4 digits and 2 letters, e.g. A1234BC");
}

// ---------------------------------------------------------------------------------------------------
// PNC ID: YYYY/NNNNNNNL, also written with a 2-digit year, a short serial or no slash.

const PNC_SERIAL_LENGTH = 7;
const PNC_FORMAT_MESSAGE =
  "PNC ID must be a year, a serial number of up to 7 digits and a check letter, e.g. 2001/0171310W";
const PNC_WITH_SLASH = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/;
const PNC_WITHOUT_SLASH = /^(\d{3,11})([A-Z])$/;

interface PncReading {
  yearDigits: string;
  serialDigits: string;
  letter: string;
}

export function pncCheckLetter(year: number, serial: number): string {
  return checkLetterFor(twoDigits(year) + String(serial).padStart(PNC_SERIAL_LENGTH, "0"));
}

export function formatPncId(year: number, serial: number): string {
  return `${year}/${String(serial).padStart(PNC_SERIAL_LENGTH, "0")}${pncCheckLetter(year, serial)}`;
}

/** `today` decides the century of a 2-digit year: up to this year's two digits it is 20xx, above it 19xx. */
export function parsePncId(input: string, today: Date): ParseResult {
  const currentYear = today.getUTCFullYear();
  const reading = readPnc(normalise(input), currentYear);
  return reading ? checkPncReading(reading, currentYear) : invalid(PNC_FORMAT_MESSAGE);
}

/**
 * Without a slash the year's length is ambiguous. Like the MoJ's person record, up to 8 digits are read
 * with a 2-digit year and 10 or more with a 4-digit year. 9 digits fit both (790163001 is 1979's
 * 0163001, 200112345 is 2001's 0012345): a 4-digit year is taken when it could be one (1900 to now).
 */
function readPnc(pnc: string, currentYear: number): PncReading | null {
  const slashed = PNC_WITH_SLASH.exec(pnc);
  if (slashed) return { yearDigits: slashed[1]!, serialDigits: slashed[2]!, letter: slashed[3]! };
  const unslashed = PNC_WITHOUT_SLASH.exec(pnc);
  if (!unslashed) return null;
  const digits = unslashed[1]!;
  const fourDigitYear = Number(digits.slice(0, 4));
  const yearLength =
    digits.length >= 10 || (digits.length === 9 && fourDigitYear >= 1900 && fourDigitYear <= currentYear) ? 4 : 2;
  return { yearDigits: digits.slice(0, yearLength), serialDigits: digits.slice(yearLength), letter: unslashed[2]! };
}

function checkPncReading(reading: PncReading, currentYear: number): ParseResult {
  const year = fullPncYear(reading.yearDigits, currentYear);
  if (year > currentYear) return invalid(`PNC ID year ${year} is in the future`);
  if (year < 1900) return invalid(`PNC ID year ${year} is before 1900`);
  const serial = Number(reading.serialDigits);
  const expected = pncCheckLetter(year, serial);
  if (reading.letter !== expected) return invalid(`PNC ID check letter is wrong: expected ${expected}`);
  return valid(formatPncId(year, serial));
}

function fullPncYear(yearDigits: string, currentYear: number): number {
  const year = Number(yearDigits);
  if (yearDigits.length === 4) return year;
  return year <= currentYear % 100 ? 2000 + year : 1900 + year;
}

// ---------------------------------------------------------------------------------------------------
// CRO number (Criminal Records Office): NNNNNN/YYL, or the older SFYY/NNNNNNL.

const CRO_SERIAL_LENGTH = 6;
const CRO_STANDARD = /^(\d{1,6})\/(\d{2})([A-Z])$/;
const CRO_SF = /^SF(\d{2})\/(\d{1,6})([A-Z])$/;

export function formatCroNumber(serial: number, year2: number): string {
  const serial6 = String(serial).padStart(CRO_SERIAL_LENGTH, "0");
  const year = twoDigits(year2);
  return `${serial6}/${year}${checkLetterFor(year + serial6)}`;
}

export function parseCroNumber(input: string): ParseResult {
  const cro = normalise(input);

  const standard = CRO_STANDARD.exec(cro);
  if (standard) {
    const serial6 = standard[1]!.padStart(CRO_SERIAL_LENGTH, "0");
    const year = standard[2]!;
    const letter = standard[3]!;
    return checkCroLetter(letter, year + serial6, `${serial6}/${year}${letter}`);
  }

  const sf = CRO_SF.exec(cro);
  if (sf) {
    const year = sf[1]!;
    const serialDigits = sf[2]!;
    const letter = sf[3]!;
    // The SF check is computed over the serial as written: padding it would change the number checked.
    return checkCroLetter(letter, year + serialDigits, `SF${year}/${serialDigits}${letter}`);
  }

  return invalid("CRO number must look like 265416/21G or SF05/482703J");
}

function checkCroLetter(letter: string, checkedDigits: string, canonical: string): ParseResult {
  const expected = checkLetterFor(checkedDigits);
  return letter === expected ? valid(canonical) : invalid(`CRO number check letter is wrong: expected ${expected}`);
}
