/**
 * Property-based fuzzing of the real HTTP server (fast-check): thousands of malformed and hostile
 * requests, each of which must get a typed answer. The guarantees, checked by `checkAnswer` for
 * every request:
 *
 * - the server stays up and answers every request with a status below 500;
 * - the answer is a JSON object, body-parser failures included (a 4xx has `errors`, a 200 `data`);
 * - every error has a string `extensions.code` from a known set, never INTERNAL_SERVER_ERROR;
 * - no answer shows a stack frame or a file path.
 *
 * The server is started in-process as in production (NODE_ENV production: no suggestions, no
 * introspection, no stacks from express), with the rate limiter off so it cannot interfere.
 * The server bugs this fuzzing found (a syntax error answered 500; a persisted-query extension, NUL
 * and unpaired surrogates answered as masked internal errors) are named by `knownBug`, fail every
 * property, and each keeps a strict property of its own below that shrinks to a minimal
 * reproduction. The last test checks the
 * server still answers normally and prints the totals and the (status, code) histogram.
 */
import { readdirSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { Kind, parse, print, separateOperations, type DocumentNode } from "graphql";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CreatePerpetratorDocument,
  PerpetratorLookupDocument,
  ProbationReferralsDocument,
  RecordSessionAttendanceDocument,
  ReferToProgrammeDocument,
  SearchPerpetratorsDocument,
  TransitionReferralDocument,
} from "../client/generated/graphql.js";
import type { Config } from "../src/config.js";
import type { DatabaseHandle } from "../src/db/client.js";
import { CLIENT_ERROR_CODES, type RunningApp } from "../src/server.js";
import { signDevToken } from "../src/shared/auth/jwt.js";
import { Role } from "../src/shared/auth/roles.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { createLogger } from "../src/shared/logger.js";
import { startConfiguredServer } from "./support/server.js";

// ---------------------------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------------------------

const FUZZ_SECRET = "fuzz-secret-that-is-long-enough-for-hs256-signing-0123456789";
const SUBJECT = "fuzz-user";

let config: Config;
let database: DatabaseHandle;
let app: RunningApp;
let token: string;
let savedNodeEnv: string | undefined;

/** Ids of real records, so that near-valid variables reach the services and the database. */
const seeded = { perpetratorId: "", referralId: "", groupId: "", sessionId: "" };

/** Every client operation from client/operations/*.graphql, printed on its own with its fragments. */
let corpus: { name: string; text: string }[] = [];

beforeAll(async () => {
  // express reads NODE_ENV from the process (its error pages show stacks outside production), as
  // main.ts's configuration does: run the way production runs.
  savedNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  // The server's own log, read back: what it logged as unexpected, and how many requests it logged.
  ({ app, database, config } = await startConfiguredServer(
    { JWT_SECRET: FUZZ_SECRET, RATE_LIMIT_BURST: "0" },
    createLogger("info", { write: readServerLog }),
  ));
  // express logs each body-parser failure with console.error (not the JSON log): count them, quietly.
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    const first = String((args[0] as Error | undefined)?.stack ?? args[0]).split("\n")[0]!.slice(0, 100);
    tally.consoleErrors.set(first.replace(/".*$/, "\"…"), (tally.consoleErrors.get(first.replace(/".*$/, "\"…")) ?? 0) + 1);
  });
  token = await signDevToken(config.auth, {
    sub: SUBJECT,
    name: "Fuzz Tester",
    roles: [Role.ADMIN, Role.POLICE, Role.PROBATION, Role.FACILITATOR],
  });
  corpus = loadCorpus();
  await seed();
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.stop();
  await database?.close();
  process.env.NODE_ENV = savedNodeEnv;
});

function loadCorpus(): { name: string; text: string }[] {
  const dir = new URL("../client/operations/", import.meta.url);
  const source = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(new URL(file, dir), "utf8"))
    .join("\n");
  const separated = separateOperations(parse(source));
  return Object.entries(separated)
    .filter(([, document]) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== "subscription"))
    .map(([name, document]) => ({ name, text: print(document) }));
}

/** Real records made through the API: a person, a referral allocated to a group, and a past session. */
async function seed(): Promise<void> {
  const must = async (document: DocumentNode, variables: Record<string, unknown>, field: string): Promise<Record<string, unknown>> => {
    const answer = await post(JSON.stringify({ query: print(document), variables }));
    const payload = (answer.json as { data?: Record<string, { userErrors?: unknown[] } & Record<string, unknown>> } | null)?.data?.[field];
    if (answer.status !== 200 || !payload || payload.userErrors?.length) throw new Error(`seed ${field} failed: ${answer.status} ${answer.text}`);
    return payload;
  };
  const person = (await must(
    CreatePerpetratorDocument,
    { input: { givenName: "Fuzzy", familyName: "Seedling", dateOfBirth: "1984-03-02", sex: "MALE", crn: "F123456", children: [{ dateOfBirth: "2019-02-01" }] } },
    "createPerpetrator",
  )) as { perpetrator: { id: string } };
  seeded.perpetratorId = person.perpetrator.id;
  let referral = (
    (await must(
      ReferToProgrammeDocument,
      { input: { perpetratorId: seeded.perpetratorId, programme: "CARING_DADS", source: "CHILDRENS_SERVICES" } },
      "referToProgramme",
    )) as { referral: { id: string; version: number } }
  ).referral;
  for (const toStatus of ["AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"]) {
    referral = (
      (await must(TransitionReferralDocument, { input: { referralId: referral.id, toStatus, expectedVersion: referral.version } }, "transitionReferral")) as {
        referral: { id: string; version: number };
      }
    ).referral;
  }
  seeded.referralId = referral.id;
  const group = (await must(
    parse(`mutation G($input: CreateProgrammeGroupInput!) { createProgrammeGroup(input: $input) { group { id } userErrors { field message code } } }`),
    { input: { programme: "CARING_DADS", name: "Fuzz group", startsOn: "2025-01-06", facilitatorSubs: [SUBJECT], location: "Fuzz Centre" } },
    "createProgrammeGroup",
  )) as { group: { id: string } };
  seeded.groupId = group.group.id;
  const session = (await must(
    parse(`mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }`),
    { input: { groupId: seeded.groupId, sessionNumber: 1, scheduledStart: "2025-01-06T18:00:00Z" } },
    "scheduleSession",
  )) as { session: { id: string } };
  seeded.sessionId = session.session.id;
  await must(
    parse(`mutation A($input: AllocateToGroupInput!) { allocateToGroup(input: $input) { referral { id } userErrors { field message code } } }`),
    { input: { referralId: seeded.referralId, groupId: seeded.groupId, expectedVersion: referral.version } },
    "allocateToGroup",
  );
}

// ---------------------------------------------------------------------------------------------
// Sending requests, and the one checker every answer goes through
// ---------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON, else null. */
  json: unknown;
}

interface SendOptions {
  /** Content-Type header; null sends none. */
  contentType?: string | null;
  /** Bearer token; null sends no Authorization header. */
  bearer?: string | null;
  headers?: Record<string, string>;
  method?: string;
  /** Query string for GET requests. */
  search?: string;
}

const tally = {
  requests: 0,
  /** Cases (property runs, including shrinking) per property. */
  cases: new Map<string, number>(),
  histogram: new Map<string, number>(),
  /** Server bugs seen by the broad properties: label, with a count and one example request. */
  knownBugs: new Map<string, { count: number; example: string }>(),
  /** INTERNAL_SERVER_ERROR answers (there should be none). */
  internalErrors: 0,
  fiveHundreds: 0,
  /** console.error calls (express's logerror), by first line. */
  consoleErrors: new Map<string, number>(),
  /** The server's "unexpected error" log lines, by error type, SQLSTATE and message. */
  unexpectedLogged: new Map<string, number>(),
  /** "graphql request" log lines (one per request that reached Apollo's willSendResponse). */
  requestsLogged: 0,
};

function readServerLog(line: string): void {
  let entry: { msg?: string; err?: { type?: string; sqlstate?: string; message?: string; query?: string } };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return;
  }
  if (entry.msg === "graphql request") tally.requestsLogged++;
  else if (entry.msg === "unexpected error") {
    const err = entry.err ?? {};
    const key = `${err.type ?? "?"}${err.sqlstate ? ` SQLSTATE ${err.sqlstate}` : ""}: ${String(err.message ?? err.query ?? "").replace(/\s+/g, " ").slice(0, 90)}`;
    tally.unexpectedLogged.set(key, (tally.unexpectedLogged.get(key) ?? 0) + 1);
  }
}

const countCase = (property: string) => tally.cases.set(property, (tally.cases.get(property) ?? 0) + 1);
const bump = <T extends { count: number; example: string }>(map: Map<string, T>, key: string, example: string) => {
  const entry = map.get(key);
  if (entry) entry.count++;
  else map.set(key, { count: 1, example: example.slice(0, 300) } as T);
};

async function post(body: string | Uint8Array, options: SendOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const contentType = options.contentType === undefined ? "application/json" : options.contentType;
  if (contentType !== null) headers["content-type"] = contentType;
  const bearer = options.bearer === undefined ? token : options.bearer;
  if (bearer !== null) headers["authorization"] = `Bearer ${bearer}`;
  const method = options.method ?? "POST";
  const url = options.search ? `${app.url}?${options.search}` : app.url;
  tally.requests++;
  const response = await fetch(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  let json: unknown = null;
  if (/json/.test(type)) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  return { status: response.status, contentType: type, text, json };
}

/** Every code a client may be shown: the server's own list (RATE_LIMITED cannot happen here, with the limiter off). */
const CLIENT_CODES: ReadonlySet<string> = CLIENT_ERROR_CODES;

/** A low surrogate that is not the second half of a pair, after a non-ASCII code unit. */
const PGLITE_SURROGATE_TRAP = /[^\u0000-\u007f\ud800-\udbff][\udc00-\udfff]/;

/** Every string in a JSON body (keys and values), or the body itself when it is not JSON. */
function stringsIn(body: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [body];
  }
  const found: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (typeof node === "string") found.push(node);
    else if (node && typeof node === "object" && depth < 50) {
      for (const [key, child] of Object.entries(node)) {
        found.push(key);
        walk(child, depth + 1);
      }
    }
  };
  walk(value, 0);
  return found;
}

/** Signs of a leaked stack trace or server file layout. */
const LEAKS = [
  /\bat [^\n"<]{0,200}\(?[^\s()"<]+:\d+:\d+\)?/g,
  /(?:\/work\/|\/home\/|\/usr\/|\/app\/|\/src\/|node_modules|file:\/\/)/g,
  /\b[\w./-]+\.(?:ts|js|mjs|cjs):\d+/g,
  /"stacktrace"|"exception"/g,
];

interface Expectation {
  /** Codes allowed in this property (defaults to CLIENT_CODES). */
  codes?: Set<string>;
  /** When true, the server bugs this file once found are counted instead of failing the check (they are fixed; kept false). */
  tolerateKnownBugs?: boolean;
}

/**
 * The server bugs found by this file, recognised narrowly so nothing else hides behind them.
 * Returns the bug's label, or null.
 */
function knownBug(answer: Answer, sentBody: string): string | null {
  const errors = (answer.json as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors;
  const only = errors?.length === 1 ? errors[0] : undefined;
  const message = typeof only?.message === "string" ? only.message : "";
  // graphql-armor's max-tokens plugin parses the document in parsingDidStart, outside Apollo's own
  // parse try/catch: every syntax error (and the token limit) becomes an unexpected error, HTTP 500.
  if (answer.status === 500 && only?.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && message.startsWith("Syntax Error:")) {
    return message.startsWith("Syntax Error: Token limit") ? "HTTP 500 for the token limit (graphql-armor maxTokens)" : "HTTP 500 for a GraphQL syntax error";
  }
  // Apollo's persisted-query errors without a code ('provided sha does not match query',
  // 'Unsupported persisted query version') are masked by formatClientError.
  if (answer.status === 400 && only?.extensions?.code === "INTERNAL_SERVER_ERROR" && /"persistedQuery"/.test(sentBody)) {
    return "masked INTERNAL_SERVER_ERROR for a persistedQuery extension (Apollo error without a code)";
  }
  // A NUL character in a string input reaches PostgreSQL, which refuses 0x00 in text (SQLSTATE
  // 22021 on PGlite): the resolver fails and the error is masked.
  if (answer.status === 200 && only?.extensions?.code === "INTERNAL_SERVER_ERROR" && stringsIn(sentBody).some((text) => text.includes("\u0000"))) {
    return "masked INTERNAL_SERVER_ERROR for a NUL (U+0000) in a string input";
  }
  // A lone low surrogate after any non-ASCII character (ill-formed UTF-16, which JSON allows) reaches
  // PGlite, whose protocol writer (pg-protocol byteLengthUtf8) then miscounts the parameter's bytes
  // and sends a truncated UTF-8 sequence that PostgreSQL refuses (SQLSTATE 22021).
  if (answer.status === 200 && only?.extensions?.code === "INTERNAL_SERVER_ERROR" && stringsIn(sentBody).some((text) => PGLITE_SURROGATE_TRAP.test(text))) {
    return "masked INTERNAL_SERVER_ERROR for a lone low surrogate after a non-ASCII character in a string input (PGlite)";
  }
  return null;
}

const histogramKey = (answer: Answer): string => {
  if (answer.json === null) return `${answer.status} <${answer.contentType.split(";")[0] || "no content type"}>`;
  const errors = (answer.json as { errors?: { extensions?: { code?: unknown } }[] }).errors;
  if (!errors?.length) return `${answer.status} (data)`;
  const codes = [...new Set(errors.map((e) => String(e.extensions?.code)))].sort();
  return `${answer.status} ${codes.join("+")}`;
};

/** The shared guarantees (see the top of the file). Throws, with the request and answer, on any breach. */
function checkAnswer(answer: Answer, sentBody: string, expectation: Expectation = {}): void {
  const key = histogramKey(answer);
  tally.histogram.set(key, (tally.histogram.get(key) ?? 0) + 1);
  const fail = (why: string): never => {
    throw new Error(`${why}\n  request: ${sentBody.slice(0, 400)}\n  answer: ${answer.status} ${answer.contentType} ${answer.text.slice(0, 600)}`);
  };
  if (answer.status >= 500) tally.fiveHundreds++;
  if (/INTERNAL_SERVER_ERROR/.test(answer.text)) tally.internalErrors++;

  // Nothing that looks like a stack frame or a file path, unless the client sent it (errors quote the query).
  for (const pattern of LEAKS) {
    for (const match of answer.text.matchAll(pattern)) {
      if (!sentBody.includes(match[0]) && !safeDecode(sentBody).includes(match[0])) fail(`the answer leaks "${match[0]}"`);
    }
  }

  // Body-parser failures included: src/server.ts answers them as JSON since f33b338 (before, express's HTML page).
  if (answer.json === null) fail("the answer is not JSON");
  if (typeof answer.json !== "object" || Array.isArray(answer.json)) fail("the answer is not a JSON object");
  const body = answer.json as { data?: unknown; errors?: unknown };

  const bug = knownBug(answer, sentBody);
  if (bug) {
    bump(tally.knownBugs, bug, sentBody);
    if (!expectation.tolerateKnownBugs) fail(`server bug: ${bug}`);
    return;
  }

  if (answer.status >= 500) fail(`HTTP ${answer.status}`);
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) fail("errors is not a non-empty array");
    const allowed = expectation.codes ?? CLIENT_CODES;
    for (const error of body.errors as { message?: unknown; extensions?: Record<string, unknown> }[]) {
      if (typeof error.message !== "string") fail("an error without a message");
      const code = error.extensions?.["code"];
      if (typeof code !== "string") fail("an error without a string extensions.code");
      if (code === "INTERNAL_SERVER_ERROR") fail("a masked INTERNAL_SERVER_ERROR");
      if (!allowed.has(code as string)) fail(`unexpected error code ${String(code)}`);
    }
  }
  if (answer.status === 200) {
    if (body.data === undefined && body.errors === undefined) fail("200 without data or errors");
  } else {
    if (answer.status < 400) fail(`unexpected status ${answer.status}`);
    if (!Array.isArray(body.errors)) fail(`HTTP ${answer.status} without errors`);
  }
}

function safeDecode(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body;
  }
}

const errorCodes = (answer: Answer): string[] =>
  ((answer.json as { errors?: { extensions?: { code?: string } }[] } | null)?.errors ?? []).map((e) => String(e.extensions?.code));

/** fc.assert, reporting the (shrunk) counterexample on the console too. */
async function assertProperty<Ts extends [unknown, ...unknown[]]>(label: string, property: fc.IAsyncProperty<Ts>, parameters: fc.Parameters<Ts>): Promise<void> {
  try {
    await fc.assert(property, parameters);
  } catch (error) {
    // fast-check's message holds the whole counterexample (some are 300 KB): keep the report readable.
    const cause = (error as Error).cause instanceof Error ? `\nCaused by: ${((error as Error).cause as Error).message.slice(0, 1_500)}` : "";
    const report = `${(error as Error).message.slice(0, 3_000)}${cause}`;
    console.info(`[fuzz] ${label} FAILED:\n${report}`);
    throw new Error(report);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const loneLowSurrogate = fc.integer({ min: 0xdc00, max: 0xdfff }).map((code) => String.fromCharCode(code));
const nonAsciiCharacter = fc.integer({ min: 0x80, max: 0xd7ff }).map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const HOSTILE_CHARACTERS = [
  "\u0000", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u200e", "\u200f",
  "\u202a", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\r", "\n", "\r\n", "\t", "\\", "\"", "'",
  "`", "%", "_", "$", "{", "}", "#", "\u0130", "\u0131", "\u00df", "\u1e9e", "\u0301", "e\u0301", "\u{1F600}", "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}",
  "\u{1F1EC}\u{1F1E7}", "\u{10FFFF}", "\u{E0001}", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u05e2\u05d1\u05e8\u05d9\u05ea", "\u4e2d\u6587", "\u{1D573}",
  "O'Brien", "Nu\u00f1ez", "Zo\u00eb", "\u0141\u00f3d\u017a", "Robert'); DROP TABLE perpetrators;--", "%' OR 1=1 --", "\\x00", "${jndi:ldap://x}", "<script>",
];
const hostileCharacter = fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), loneSurrogate);

/** Strings a client could send: every unit from ASCII to lone surrogates, NUL, bidi marks, emoji. */
const hostileString = (maxLength = 60) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))), maxLength }),
    fc.array(hostileCharacter, { maxLength: Math.min(maxLength, 30) }).map((parts) => parts.join("")),
    fc.tuple(fc.string({ maxLength: 10 }), hostileCharacter, fc.string({ maxLength: 10 })).map((parts) => parts.join("")),
  );

/** A long run of one character or short string (kept under the body limit after JSON escaping). */
const longRun = fc
  .tuple(fc.oneof(hostileCharacter, fc.constantFrom("a", "{", "(", "[", "\"", "#", "...", "{a", "query ")), fc.integer({ min: 1_000, max: 30_000 }))
  .map(([unit, times]) => unit.repeat(Math.max(1, Math.floor(times / unit.length))));

const GRAPHQL_TOKENS = [
  "{", "}", "(", ")", "[", "]", ":", "!", "=", "$", "$first", "@", "@skip(if: true)", "@include(if: $x)", "@deprecated", "...", "... on", "|", "&",
  "query", "mutation", "subscription", "fragment", "on", "Query", "Mutation", "Int", "String", "ID!", "first", "10", "-1", "1e999", "0x1", "1.", ".5",
  "\"s\"", "\"\"\"block\"\"\"", "\"unterminated", "#comment\n", "\n", ",", "__typename", "__schema", "__type", "perpetrators", "programmes",
  "node", "referrals", "edges", "totalCount", "id", "null", "true", "false", "ENUM", "$input", "input", "extend", "schema", "type", "directive",
];
const tokenSoup = fc.array(fc.constantFrom(...GRAPHQL_TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(" "));

/** Values a JSON variable can hold that no schema type expects. */
const nested = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
};
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5 }), weight: 4 },
  { arbitrary: hostileString(80), weight: 3 },
  { arbitrary: fc.integer({ min: 10_000, max: 150_000 }).map((n) => "x".repeat(n)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, -0, 0.5, 1e-7, 0, -1, 101, 100, 1,
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      "NaN", "Infinity", "-Infinity", "1e999", "0x10", "1_000", " 1 ", "", "null", "undefined", "true", "[]", "{}", "__proto__", "constructor",
      "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31T99:99:99Z", "1970-01-01T00:00:00Z", "-271821-04-20", "+275760-09-13", "T00:00",
    ),
    weight: 2,
  },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, "x", asArray)), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.anything({ maxDepth: 0 })).map(([n, item]) => Array.from({ length: n }, () => item)), weight: 1 },
  { arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown), weight: 1 },
);

const uuid = fc.uuid();
const sha256Hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 });
/** Global ids: of the right type, the wrong type, not ids at all. */
const globalId = (typeName: string, real: () => string) =>
  fc.oneof(
    fc.constant(null).map(() => real()),
    uuid.map((id) => toGlobalId(typeName, id)),
    uuid.map((id) => toGlobalId("Victim", id)),
    fc.string({ maxLength: 30 }).map((id) => toGlobalId(typeName, id)),
    hostileString(40),
    fc.constantFrom("", "=", "====", "UGVycGV0cmF0b3I6", "a".repeat(201), `${toGlobalId(typeName, "00000000-0000-0000-0000-000000000000")}=`),
  );

// ---------------------------------------------------------------------------------------------
// Property 1: arbitrary strings as the query
// ---------------------------------------------------------------------------------------------

const arbitraryQuery = fc.oneof(
  { arbitrary: hostileString(200), weight: 5 },
  { arbitrary: tokenSoup, weight: 3 },
  { arbitrary: longRun, weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Property 2: mutated real documents
// ---------------------------------------------------------------------------------------------

const SELECTION_SNIPPETS = [
  "__typename",
  "bogusField",
  "id @skip(if: true)",
  "id @include(if: $notDeclared)",
  "id @deprecated",
  "id @skip(if: true) @skip(if: false)",
  "...Missing",
  "... on Query { __typename }",
  "... on Perpetrator { id }",
  "... @include(if: false) { __typename }",
  "__schema { queryType { name } }",
  "__type(name: \"Query\") { name fields { name } }",
  "perpetrators(first: 1000) { totalCount }",
  "perpetrators(first: -1) { totalCount }",
  "perpetrators(first: 0) { totalCount }",
  "perpetrators(first: 2147483648) { totalCount }",
  "perpetrators(first: \"10\") { totalCount }",
  "node(id: \"x\") { id }",
  "node(id: null) { id }",
  "programmes { code name }",
  "victims(first: 10) { edges { node { id } } }",
  "auditEvents(first: 10) { totalCount }",
  "referral(id: \"UmVmZXJyYWw6\") { id }",
  "id(arg: 1)",
  "id { nested }",
  "totalCount: id",
  "__typename: id",
];

/** Selections nested `levels` deep through person → referrals → person …, each page `first` long. */
const deepSelection = (levels: number, first: number): string => {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `id referrals(first: ${first}) { edges { node { id perpetrator { ${inner} } } } }`;
  return `perpetrators(first: ${first}) { edges { node { ${inner} } } }`;
};

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Character-level damage.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([at, length]): Mutation => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + length);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 }), fc.nat()).map(([at, length, to]): Mutation => (t) => {
    const i = at % (t.length + 1);
    const j = to % (t.length + 1);
    return t.slice(0, j) + t.slice(i, i + length) + t.slice(j);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    if (t.length < 2) return t;
    const [i, j] = [a % t.length, b % t.length].sort((x, y) => x - y) as [number, number];
    return t.slice(0, i) + t[j] + t.slice(i + 1, j) + t[i] + t.slice(j + 1);
  }),
  fc.tuple(fc.nat(), fc.oneof(hostileCharacter, fc.constantFrom(...GRAPHQL_TOKENS))).map(([at, insert]): Mutation => (t) => {
    const i = at % (t.length + 1);
    return `${t.slice(0, i)} ${insert} ${t.slice(i)}`;
  }),
  // Token-level damage.
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("drop", "duplicate", "swap")).map(([a, b, how]): Mutation => (t) => {
    const tokens = t.match(/\.\.\.|"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w]*|-?\d+(?:\.\d+)?|\S/g) ?? [];
    if (tokens.length === 0) return t;
    const i = a % tokens.length;
    const j = b % tokens.length;
    if (how === "drop") tokens.splice(i, 1);
    else if (how === "duplicate") tokens.splice(j, 0, tokens[i]!);
    else [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
    return tokens.join(" ");
  }),
  // Structure: a selection inserted after some "{", or the first selection set nested deeper.
  fc.tuple(fc.nat(), fc.constantFrom(...SELECTION_SNIPPETS)).map(([at, snippet]): Mutation => (t) => {
    const braces = [...t.matchAll(/\{/g)].map((m) => m.index);
    if (braces.length === 0) return `${t} ${snippet}`;
    const i = braces[at % braces.length]! + 1;
    return `${t.slice(0, i)} ${snippet} ${t.slice(i)}`;
  }),
  fc.tuple(fc.integer({ min: 10, max: 60 }), fc.boolean()).map(([n, directives]): Mutation => (t) => {
    const extra = Array.from({ length: n }, (_, k) => (directives ? `__typename @skip(if: false)` : `alias${k}: __typename`)).join(" ");
    return t.replace("{", `{ ${extra} `);
  }),
  fc.tuple(fc.integer({ min: 1, max: 14 }), fc.constantFrom(1, 10, 100)).map(([levels, first]): Mutation => (t) => t.replace("{", `{ ${deepSelection(levels, first)} `)),
  fc.integer({ min: 5, max: 400 }).map((depth): Mutation => (t) => t.replace("{", `{ ${"b { ".repeat(depth)}c${" }".repeat(depth)} `)),
  // Definitions: another operation, a fragment (used or not), or a schema definition.
  fc
    .constantFrom(
      "fragment Unused on Query { __typename }",
      "fragment Loop on Query { ...Loop }",
      "fragment A on Query { ...B } fragment B on Query { ...A }",
      "query { __typename }",
      "query Second { programmes { code } }",
      "mutation { __typename }",
      "subscription { safetyAlertCreated { id } }",
      "type Injected { x: Int }",
      "schema { query: Query }",
      "directive @mine on FIELD",
    )
    .map((extra): Mutation => (t) => `${t}\n${extra}`),
);

/** A corpus operation with 1 to 4 mutations, an operation name (the real one, another, or none) and some variables. */
const mutatedDocument = fc
  .tuple(
    fc.nat(),
    fc.array(mutation, { minLength: 1, maxLength: 4 }),
    fc.oneof(fc.constant<"real">("real"), fc.constant(undefined), hostileString(20)),
    fc.oneof(fc.constant(undefined), fc.constant({ first: 10 }), fc.constant({ first: 10, id: "x", input: {} }), fc.object({ maxDepth: 2 })),
  )
  .map(([pick, mutations, operationName, variables]) => {
    const operation = corpus[pick % corpus.length]!;
    const query = mutations.reduce((text, mutate) => mutate(text), operation.text);
    return { query, operationName: operationName === "real" ? operation.name : operationName, variables };
  });

// ---------------------------------------------------------------------------------------------
// Property 3: wrong-typed and oversized variables for real operations
// ---------------------------------------------------------------------------------------------

interface Target {
  name: string;
  document: string;
  /** Variables the server accepts, as a starting point for damage. */
  valid: () => Record<string, unknown>;
  /** Ids generated for the id fields, by path. */
  ids: Record<string, fc.Arbitrary<unknown>>;
}

const REFERRAL_FILTER_STATUSES = ["REFERRED", "AWAITING_ASSESSMENT", "ALLOCATED", "ON_PROGRAMME"];
const TARGETS: Target[] = [
  {
    name: "SearchPerpetrators",
    document: print(SearchPerpetratorsDocument),
    valid: () => ({ first: 10, after: null, filter: { name: "seed", crn: "F123456", pncId: null } }),
    ids: {},
  },
  {
    name: "ProbationReferrals",
    document: print(ProbationReferralsDocument),
    valid: () => ({ first: 10, filter: { programme: "CARING_DADS", status: [...REFERRAL_FILTER_STATUSES], groupId: seeded.groupId, perpetratorId: seeded.perpetratorId } }),
    ids: { "filter.groupId": globalId("ProgrammeGroup", () => seeded.groupId), "filter.perpetratorId": globalId("Perpetrator", () => seeded.perpetratorId) },
  },
  {
    name: "PerpetratorLookup",
    document: print(PerpetratorLookupDocument),
    valid: () => ({ id: seeded.perpetratorId }),
    ids: { id: globalId("Perpetrator", () => seeded.perpetratorId) },
  },
  {
    name: "RecordSessionAttendance",
    document: print(RecordSessionAttendanceDocument),
    valid: () => ({
      input: { sessionId: seeded.sessionId, idempotencyKey: randomUUID(), entries: [{ referralId: seeded.referralId, outcome: "ATTENDED", behaviourConcern: false, note: "ok" }] },
    }),
    ids: { "input.sessionId": globalId("ProgrammeSession", () => seeded.sessionId), "input.entries.0.referralId": globalId("Referral", () => seeded.referralId) },
  },
  {
    name: "ReferToProgramme",
    document: print(ReferToProgrammeDocument),
    valid: () => ({ input: { perpetratorId: seeded.perpetratorId, programme: "CHOICES", source: "SELF", legalBasis: null, riskLevel: "LOW", note: "fuzz" } }),
    ids: { "input.perpetratorId": globalId("Perpetrator", () => seeded.perpetratorId) },
  },
  {
    name: "TransitionReferral",
    document: print(TransitionReferralDocument),
    valid: () => ({ input: { referralId: seeded.referralId, toStatus: "WITHDRAWN", expectedVersion: 999, withdrawalReason: "OTHER", note: "fuzz" } }),
    ids: { "input.referralId": globalId("Referral", () => seeded.referralId) },
  },
  {
    name: "CreatePerpetrator",
    document: print(CreatePerpetratorDocument),
    valid: () => ({ input: { givenName: "Fuzz", familyName: "Case", dateOfBirth: "1990-01-01", sex: "MALE", children: [{ dateOfBirth: "2015-05-05" }], needs: [] } }),
    ids: {},
  },
];

/** Every path to a value in a JSON-like object (a.b.0.c), to a few levels. */
function paths(value: unknown, prefix = "", depth = 0): string[] {
  if (value === null || typeof value !== "object" || depth > 4) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [...(prefix ? [prefix] : []), ...entries.flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key, depth + 1))];
}

function setPath(root: Record<string, unknown>, path: string, value: unknown, remove = false): void {
  const keys = path.split(".");
  let node: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") return;
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
}

const variableCase = fc
  .tuple(fc.nat(), fc.nat(), fc.constantFrom("replace", "replace", "replace", "remove", "id", "whole", "extra", "entries"), hostileValue, fc.anything({ maxDepth: 2 }))
  .chain(([pick, pathPick, how, value, whole]) => {
    const target = TARGETS[pick % TARGETS.length]!;
    const idPaths = Object.keys(target.ids);
    const idArbitrary = idPaths.length ? fc.tuple(fc.constantFrom(...idPaths), fc.oneof(...idPaths.map((p) => target.ids[p]!))) : fc.constant(null);
    return fc.tuple(fc.constant(target), fc.constant(pathPick), fc.constant(how), fc.constant(value), fc.constant(whole), idArbitrary, fc.integer({ min: 1, max: 12_000 }));
  })
  .map(([target, pathPick, how, value, whole, id, entryCount]) => {
    const variables = target.valid();
    const all = paths(variables);
    const path = all[pathPick % all.length]!;
    let shape: unknown = variables;
    if (how === "replace") setPath(variables, path, value);
    else if (how === "remove") setPath(variables, path, undefined, true);
    else if (how === "id" && id) setPath(variables, id[0], id[1]);
    else if (how === "whole") shape = whole;
    else if (how === "extra") variables[`extra${pathPick % 5}`] = value;
    else if (how === "entries") {
      // Many register entries, or many statuses: large but valid-shaped lists.
      if (target.name === "RecordSessionAttendance") setPath(variables, "input.entries", Array.from({ length: entryCount }, () => ({ referralId: seeded.referralId, outcome: "ATTENDED" })));
      else if (target.name === "ProbationReferrals") setPath(variables, "filter.status", Array.from({ length: entryCount }, (_, i) => REFERRAL_FILTER_STATUSES[i % 4]));
      else if (target.name === "CreatePerpetrator") setPath(variables, "input.children", Array.from({ length: Math.min(entryCount, 4_000) }, () => ({ dateOfBirth: "2015-05-05" })));
      else setPath(variables, path, value);
    }
    return { name: target.name, query: target.document, variables: shape, how, path };
  });

// ---------------------------------------------------------------------------------------------
// Property 4: broken HTTP bodies
// ---------------------------------------------------------------------------------------------

interface RawCase {
  kind: string;
  body: string | Uint8Array;
  contentType?: string | null;
  method?: string;
  search?: string;
  headers?: Record<string, string>;
  bearer?: string | null;
}

const limitBytes = () => config.limits.requestBodyLimitKb * 1024;
const headerSafe = fc.string({ unit: "binary-ascii", maxLength: 60 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ""));
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const rawCase: fc.Arbitrary<RawCase> = fc.oneof(
  // Not JSON at all, or truncated JSON.
  hostileString(100)
    .filter((s) => s.trim() !== "" && !isJson(s))
    .map((body): RawCase => ({ kind: "invalid JSON", body })),
  fc
    .tuple(fc.constantFrom('{"query":"{ __typename }"}', '{"query":"query($first:Int!){perpetrators(first:$first){totalCount}}","variables":{"first":1}}'), fc.nat())
    .map(([json, cut]): RawCase => ({ kind: "truncated JSON", body: json.slice(0, 1 + (cut % (json.length - 1))) })),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes): RawCase => ({ kind: "random bytes", body: bytes })),
  // JSON that is not an object: a batch (array) must be refused; body-parser's strict mode refuses primitives.
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), hostileString(30), fc.constant(null), fc.boolean()).map(
    (value): RawCase => ({ kind: "JSON primitive", body: JSON.stringify(value) }),
  ),
  fc.array(fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant({ query: "{ __typename }" })), { maxLength: 5 }).map(
    (value): RawCase => ({ kind: "JSON array (batch)", body: JSON.stringify(value) }),
  ),
  // An object with the wrong members.
  fc
    .record(
      {
        query: fc.oneof(fc.constant("{ __typename }"), fc.anything({ maxDepth: 2 }), hostileString(20)),
        variables: fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant("{\"first\":1}")),
        operationName: fc.anything({ maxDepth: 1 }),
        extensions: fc.anything({ maxDepth: 2 }),
        id: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    )
    .map((value): RawCase => ({ kind: "object with wrong members", body: JSON.stringify(value) })),
  // Persisted-query extensions, right and wrong.
  fc
    .record(
      {
        query: fc.oneof(fc.constant("{ __typename }"), fc.constant(undefined)),
        extensions: fc.record({
          persistedQuery: fc.oneof(
            fc.record({ version: fc.oneof(fc.constant(1), fc.anything({ maxDepth: 0 })), sha256Hash: fc.oneof(sha256Hex, fc.anything({ maxDepth: 1 })) }),
            fc.anything({ maxDepth: 1 }),
          ),
        }),
      },
      { requiredKeys: ["extensions"] },
    )
    .map((value): RawCase => ({ kind: "persistedQuery", body: JSON.stringify(value) })),
  // The right body with the wrong content type (CSRF prevention, body-parser's charset check, none).
  fc
    .oneof(
      fc.constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "application/graphql",
        "application/json; charset=latin1",
        "application/json; charset=utf-16",
        "application/json; charset=utf-8; boundary=x",
        "application/graphql-response+json",
        "*/*",
        "",
        "application/json;;;",
        "APPLICATION/JSON",
      ),
      headerSafe,
      fc.constant(null),
    )
    .map((contentType): RawCase => ({ kind: "content type", body: '{"query":"{ __typename }"}', contentType })),
  // Around and over the body limit.
  fc.integer({ min: -2_048, max: 64 * 1024 }).map((delta): RawCase => {
    const target = Math.max(100, limitBytes() + delta);
    const base = '{"query":"{ __typename }","variables":{"pad":""}}';
    const body = base.replace('"pad":""', `"pad":"${"p".repeat(Math.max(0, target - base.length))}"`);
    return { kind: delta > 0 ? "over the body limit" : "near the body limit", body };
  }),
  // Other methods, and GET with a query string.
  fc.constantFrom("PUT", "PATCH", "DELETE", "OPTIONS").map((method): RawCase => ({ kind: "method", body: '{"query":"{ __typename }"}', method })),
  fc
    .record({ query: fc.oneof(fc.constant("{ __typename }"), fc.constant("mutation { __typename }"), hostileString(40)), variables: fc.oneof(fc.constant("not json"), fc.constant("{}"), hostileString(10)) })
    .chain((params) =>
      fc.boolean().map((preflight): RawCase => ({
        kind: "GET",
        body: "",
        method: "GET",
        search: new URLSearchParams(params).toString(),
        contentType: null,
        headers: preflight ? { "apollo-require-preflight": "1" } : {},
      })),
    ),
  // Hostile headers on a valid request: tokens, request ids, purposes.
  fc
    .record({ authorization: headerSafe, requestId: headerSafe, purpose: headerSafe })
    .map((h): RawCase => ({
      kind: "headers",
      body: '{"query":"{ programmes { code } }"}',
      bearer: null,
      headers: { authorization: h.authorization, "x-request-id": h.requestId, "x-access-purpose": h.purpose },
    })),
);

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

/** About 10,000 requests, 35-45 s on PGlite. */
const RUNS = { queries: 2_500, mutatedDocuments: 2_500, variables: 2_000, bodies: 1_500, unicode: 800 };
const TIMEOUT = 240_000;

describe("fuzzing the HTTP server", () => {
  it(
    "1. arbitrary strings as the query get a typed 4xx, never a 5xx or a stack",
    async () => {
      await assertProperty(
        "arbitrary query strings",
        fc.asyncProperty(arbitraryQuery, fc.boolean(), async (query, withToken) => {
          countCase("1 arbitrary query strings");
          const sent = JSON.stringify({ query });
          const answer = await post(sent, { bearer: withToken ? token : null });
          checkAnswer(answer, sent);
          if (!withToken && answer.json) {
            // Without a token, nothing gets past context creation except HTTP-level refusals.
            expect(errorCodes(answer).every((code) => code === "UNAUTHENTICATED" || code === "BAD_REQUEST"), answer.text).toBe(true);
          }
          if (answer.status === 200) parse(query); // only a valid document may be executed
        }),
        { numRuns: RUNS.queries },
      );
    },
    TIMEOUT,
  );

  it(
    "2. mutated real operations (dropped, duplicated, swapped, inserted, nested) get a typed answer",
    async () => {
      expect(corpus.length).toBeGreaterThan(20);
      await assertProperty(
        "mutated documents",
        fc.asyncProperty(mutatedDocument, fc.integer({ min: 0, max: 9 }), async (request, noToken) => {
          countCase("2 mutated documents");
          const sent = JSON.stringify(request);
          const answer = await post(sent, { bearer: noToken === 0 ? null : token });
          checkAnswer(answer, sent);
        }),
        { numRuns: RUNS.mutatedDocuments },
      );
    },
    TIMEOUT,
  );

  it(
    "3. wrong-typed, huge and deeply nested variables get BAD_USER_INPUT or userErrors, never a 5xx",
    async () => {
      await assertProperty(
        "variables",
        fc.asyncProperty(variableCase, async (request) => {
          countCase("3 variables");
          const sent = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.name });
          const answer = await post(sent);
          const over = Buffer.byteLength(sent) > limitBytes();
          checkAnswer(answer, sent);
          if (over) {
            expect(answer.status, "a body over the limit").toBe(413);
            return;
          }
          if (answer.status !== 200) {
            expect(errorCodes(answer).length, answer.text).toBeGreaterThan(0);
            return;
          }
          // A 200: the operation ran; a mutation's refusal is in its userErrors, each with a code.
          const data = (answer.json as { data?: Record<string, { userErrors?: { code?: unknown; message?: unknown }[] } | null> | null }).data;
          for (const payload of Object.values(data ?? {})) {
            for (const userError of payload?.userErrors ?? []) {
              expect(typeof userError.code, JSON.stringify(userError)).toBe("string");
              expect(typeof userError.message, JSON.stringify(userError)).toBe("string");
            }
          }
        }),
        { numRuns: RUNS.variables },
      );
    },
    TIMEOUT,
  );

  it(
    "4. broken HTTP bodies, methods, content types and headers get a JSON 4xx",
    async () => {
      await assertProperty(
        "HTTP bodies",
        fc.asyncProperty(rawCase, async (request) => {
          countCase("4 HTTP bodies");
          const answer = await post(request.body, {
            contentType: request.contentType,
            method: request.method,
            search: request.search,
            headers: request.headers,
            bearer: request.bearer,
          });
          const sent = typeof request.body === "string" ? `${request.kind}: ${request.search ?? ""}${request.body}` : `${request.kind}: <${request.body.length} bytes>`;
          checkAnswer(answer, sent);
          if (request.kind === "JSON array (batch)") {
            expect(answer.status).toBe(400);
            expect(errorCodes(answer)).toEqual(["BAD_REQUEST"]);
          }
          if (request.kind === "over the body limit") expect(answer.status).toBe(413);
          if (request.kind === "near the body limit") expect(answer.status).toBe(200);
          if (request.kind === "invalid JSON" || request.kind === "JSON primitive" || request.kind === "truncated JSON") expect(answer.status).toBe(400);
        }),
        { numRuns: RUNS.bodies },
      );
    },
    TIMEOUT,
  );

  it(
    "5. odd unicode in names and search filters: success, or a typed userError / BAD_USER_INPUT",
    async () => {
      const create = print(CreatePerpetratorDocument);
      const search = print(SearchPerpetratorsDocument);
      await assertProperty(
        "unicode inputs",
        fc.asyncProperty(
          fc.record({
            givenName: hostileString(120),
            familyName: hostileString(120),
            ethnicity: fc.option(hostileString(120), { nil: undefined }),
            searchName: hostileString(60),
            crn: fc.option(hostileString(20), { nil: undefined }),
            pncId: fc.option(hostileString(20), { nil: undefined }),
          }),
          async (input) => {
            countCase("5 unicode inputs");
            const createBody = JSON.stringify({
              query: create,
              variables: { input: { givenName: input.givenName, familyName: input.familyName, ethnicity: input.ethnicity, dateOfBirth: "1980-01-01", sex: "FEMALE", crn: input.crn } },
            });
            const created = await post(createBody);
            checkAnswer(created, createBody, { codes: new Set(["BAD_USER_INPUT"]) });
            const payload = (created.json as { data?: { createPerpetrator?: { perpetrator: { givenName: string } | null; userErrors: { code: string }[] } } | null })
              .data?.createPerpetrator;
            if (payload?.perpetrator) expect(typeof payload.perpetrator.givenName).toBe("string");
            else if (payload) expect(payload.userErrors.length).toBeGreaterThan(0);
            const searchBody = JSON.stringify({ query: search, variables: { first: 5, filter: { name: input.searchName, crn: input.crn, pncId: input.pncId } } });
            const found = await post(searchBody);
            checkAnswer(found, searchBody, { codes: new Set(["BAD_USER_INPUT"]) });
          },
        ),
        { numRuns: RUNS.unicode },
      );
    },
    TIMEOUT,
  );
});

describe("server bugs the fuzzing found, now fixed (each its own strict property)", () => {
  it(
    "a GraphQL syntax error is a 400 GRAPHQL_PARSE_FAILED, not a 500",
    async () => {
      await assertProperty(
        "strict: syntax errors",
        fc.asyncProperty(arbitraryQuery, async (query) => {
          countCase("strict syntax errors");
          const sent = JSON.stringify({ query });
          checkAnswer(await post(sent), sent, { tolerateKnownBugs: false });
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    "a persistedQuery extension never answers a masked INTERNAL_SERVER_ERROR",
    async () => {
      await assertProperty(
        "strict: persisted queries",
        fc.asyncProperty(
          fc.record({
            query: fc.constant("{ __typename }"),
            extensions: fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), sha256Hash: sha256Hex }) }),
          }),
          async (body) => {
            countCase("strict persisted queries");
            const sent = JSON.stringify(body);
            checkAnswer(await post(sent), sent, { tolerateKnownBugs: false });
          },
        ),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    "a NUL character in a new person's name is a userError, not a masked INTERNAL_SERVER_ERROR",
    async () => {
      const create = print(CreatePerpetratorDocument);
      await assertProperty(
        "strict: NUL in createPerpetrator",
        fc.asyncProperty(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), async (before, after) => {
          countCase("strict NUL in names");
          const sent = JSON.stringify({ query: create, variables: { input: { givenName: `${before}\u0000${after}`, familyName: "Nul", dateOfBirth: "1980-01-01", sex: "MALE" } } });
          checkAnswer(await post(sent), sent, { codes: new Set(["BAD_USER_INPUT"]), tolerateKnownBugs: false });
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT,
  );

  it(
    "a NUL character in a search filter is a typed answer, not a masked INTERNAL_SERVER_ERROR",
    async () => {
      const search = print(SearchPerpetratorsDocument);
      await assertProperty(
        "strict: NUL in perpetrators(filter: { name })",
        fc.asyncProperty(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), async (before, after) => {
          countCase("strict NUL in search");
          const sent = JSON.stringify({ query: search, variables: { first: 5, filter: { name: `${before}\u0000${after}` } } });
          checkAnswer(await post(sent), sent, { codes: new Set(["BAD_USER_INPUT"]), tolerateKnownBugs: false });
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT,
  );

  // PGlite only: postgres.js (TEST_DATABASE_URL) encodes with Buffer, which writes U+FFFD for a lone surrogate.
  it(
    "a lone low surrogate after a non-ASCII character in a new person's name is stored or refused, not a masked INTERNAL_SERVER_ERROR",
    async () => {
      const create = print(CreatePerpetratorDocument);
      await assertProperty(
        "strict: lone surrogates in createPerpetrator",
        fc.asyncProperty(fc.string({ maxLength: 10 }), nonAsciiCharacter, loneLowSurrogate, async (before, nonAscii, lone) => {
          countCase("strict lone surrogates in names");
          const sent = JSON.stringify({ query: create, variables: { input: { givenName: `${before}${nonAscii}${lone}`, familyName: "Surrogate", dateOfBirth: "1980-01-01", sex: "MALE" } } });
          checkAnswer(await post(sent), sent, { codes: new Set(["BAD_USER_INPUT"]), tolerateKnownBugs: false });
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT,
  );
});

describe("after the fuzzing", () => {
  it("the server is alive and answers a normal query correctly", async () => {
    const health = await fetch(app.url.replace(/\/graphql$/, "/healthz"));
    expect(health.status).toBe(200);
    const programmes = await post(JSON.stringify({ query: "{ programmes { code } }" }));
    expect(programmes.status).toBe(200);
    expect((programmes.json as { data: { programmes: { code: string }[] } }).data.programmes.map((p) => p.code).sort()).toEqual(["BBR", "CARING_DADS", "CHOICES", "PACT"]);
    const lookup = await post(JSON.stringify({ query: print(PerpetratorLookupDocument), variables: { id: seeded.perpetratorId } }));
    expect((lookup.json as { data: { perpetrator: { familyName: string } } }).data.perpetrator.familyName).toBe("Seedling");

    const cases = [...tally.cases.values()].reduce((a, b) => a + b, 0);
    const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
    console.info(
      [
        `[fuzz] ${cases} cases run (including shrinking), ${tally.requests} HTTP requests in all (with set-up and this check)`,
        ...[...tally.cases.entries()].map(([name, n]) => `  ${name}: ${n} cases`),
        `[fuzz] histogram of (status, codes):`,
        ...sorted(tally.histogram).map(([key, n]) => `  ${String(n).padStart(6)}  ${key}`),
        `[fuzz] answers with HTTP 5xx: ${tally.fiveHundreds}; answers with INTERNAL_SERVER_ERROR: ${tally.internalErrors}`,
        `[fuzz] known server bugs seen:`,
        ...[...tally.knownBugs.entries()].map(([bug, { count, example }]) => `  ${count} x ${bug}\n      e.g. ${example}`),
        `[fuzz] the server's log: ${tally.requestsLogged} "graphql request" lines; "unexpected error" lines:`,
        ...sorted(tally.unexpectedLogged).map(([key, n]) => `  ${n} x ${key}`),
        `[fuzz] console.error calls (express's logerror, outside the JSON log):`,
        ...sorted(tally.consoleErrors).map(([key, n]) => `  ${n} x ${key}`),
      ].join("\n"),
    );
  });
});
