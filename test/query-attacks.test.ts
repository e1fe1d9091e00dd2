import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { loadConfig } from "../src/config.js";
import { buildAppSchema } from "../src/schema.js";
import { measureQuery } from "../src/shared/limits/query-cost.js";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/*
 * Hostile documents sent over HTTP to the real server configured as in production (introspection
 * off, schema details hidden, the default query limits). Each must be refused before any resolver
 * runs: the proof is the database handle's statement counter, which stays at 0 for every refused
 * request. Each must also be refused quickly, so the refusal itself is not a way to spend the
 * server's CPU. The figures are printed as a table at the end.
 */

const SECRET = "query-attacks-secret-at-least-32-characters-long";
/** Generous for a slow 2-core machine running two test files at once; refusals here take 2-60 ms once warm. */
const MAX_REFUSAL_MS = 250;
/** The first of each kind runs cold (up to ~180 ms here, for the fragment fan-out). */
const MAX_FIRST_REFUSAL_MS = 1_000;

type Server = ConfiguredServer;

const startServer = (environment: Record<string, string> = {}): Promise<Server> => startConfiguredServer({ JWT_SECRET: SECRET, ...environment });

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

interface Shot {
  status: number;
  headers: Headers;
  /** The parsed JSON answer, or null when the answer was not JSON. */
  json: GraphQLBody | null;
  text: string;
  /** Wall time from sending the request to the answer's last byte. */
  ms: number;
  /** SQL statements the server issued while answering. */
  statements: number;
}

/** POSTs a raw body to /graphql and reads the whole answer, counting the SQL statements it caused. */
async function post(server: Server, body: string, bearer: string | null): Promise<Shot> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (bearer) headers["authorization"] = `Bearer ${bearer}`;
  server.database.statements.reset();
  const started = performance.now();
  const response = await fetch(server.app.url, { method: "POST", headers, body });
  const text = await response.text();
  const ms = performance.now() - started;
  let json: GraphQLBody | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, json, text, ms, statements: server.database.statements.count };
}

const gql = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const codeOf = (shot: Shot) => (shot.json ? String(shot.json.errors?.[0]?.extensions?.["code"] ?? "(none)") : "(not JSON)");

// ---------------------------------------------------------------------------------------------------
// The hostile documents.

/** perpetrators → referrals → perpetrator → referrals …, `levels` times (4 levels of depth each). */
function deepNesting(levels: number): string {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `referrals(first: 1) { edges { node { perpetrator { ${inner} } } } }`;
  return `{ perpetrators(first: 1) { edges { node { ${inner} } } } }`;
}

/** `count` aliases of a page of 100 people: each alias a separate count query if it ran. */
const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: perpetrators(first: 100) { totalCount }`).join(" ")} }`;

const FRAGMENT_CYCLE = `
  query Cycle { perpetrators(first: 1) { edges { node { ...A } } } }
  fragment A on Perpetrator { id ...B }
  fragment B on Perpetrator { givenName ...A }`;

/**
 * Fragments `width` wide and `depth` deep on `on`, each spreading every fragment of the next level:
 * width^depth paths to the leaf selection, from a document of a few thousand bytes.
 */
function fragmentFanOut(width: number, depth: number, on: "Perpetrator" | "Query"): string {
  const leaf = on === "Perpetrator" ? "id referrals(first: 100) { totalCount }" : "programmes { code } perpetrators(first: 100) { totalCount }";
  const fragments: string[] = [];
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < width; i++) {
      const next = level + 1 < depth ? Array.from({ length: width }, (_, j) => `...F${level + 1}_${j}`).join(" ") : "";
      fragments.push(`fragment F${level}_${i} on ${on} { ${leaf} ${next} }`);
    }
  }
  const top = Array.from({ length: width }, (_, j) => `...F0_${j}`).join(" ");
  const operation = on === "Perpetrator" ? `query FanOut { perpetrators(first: 100) { edges { node { ${top} } } } }` : `query FanOut { ${top} }`;
  return `${operation} ${fragments.join(" ")}`;
}

const directiveFlood = (count: number, directive: (i: number) => string) =>
  `{ programmes ${Array.from({ length: count }, (_, i) => directive(i)).join(" ")} { code } }`;

const page = (first: string) => `{ perpetrators(first: ${first}) { edges { node { id } } } }`;
const PAGE_VARIABLE = `query Page($first: Int!) { perpetrators(first: $first) { edges { node { id } } } }`;

/** 100 people × 100 referrals × 100 register rows: over a million objects if it ran. */
const NESTED_CONNECTIONS = `{
  perpetrators(first: 100) { edges { node { id
    referrals(first: 100) { edges { node { id
      attendanceRecords(first: 100) { edges { node { id outcome } } }
    } } }
  } } }
}`;

/** `tokens` field selections: far over the token limit; 5 bytes a token keeps 50,000 under the body limit. */
const manyTokens = (tokens: number) => `{ programmes { ${"code ".repeat(tokens)}} }`;

// ---------------------------------------------------------------------------------------------------

interface Attack {
  name: string;
  body: () => string;
  /** Send without a bearer token (the default is a valid ADMIN token: the most a caller can be). */
  anonymous?: boolean;
  status: number;
  /** extensions.code of the first error. */
  code: string;
  /** A fragment of the message, where it says which limit refused the document. */
  message?: RegExp;
}

/** graphql's own parser counts the tokens (its message says "more that"), so it is a parse failure. */
const TOKEN_LIMIT = /Document contains more (that|than) 2000 tokens/;

const ATTACKS: Attack[] = [
  { name: "deep nesting (20 × referrals→perpetrator, depth 84)", body: () => gql(deepNesting(20)), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /depth limit of 12/ },
  { name: "alias bomb (180 × perpetrators(first: 100))", body: () => gql(aliasBomb(180)), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Aliases limit of 15/ },
  { name: "fragment cycle (A → B → A)", body: () => gql(FRAGMENT_CYCLE), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Cannot spread fragment "A" within itself/ },
  {
    name: "fragment fan-out on Perpetrator (10 wide × 6 deep)",
    body: () => gql(fragmentFanOut(10, 6, "Perpetrator")),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /depth limit of 12/,
  },
  {
    // Within the depth limit, so it reaches the cost plugin: graphql-query-complexity's cap on nodes
    // visited stops it, reported as too costly.
    name: "fragment fan-out on Query (10 wide × 4 deep)",
    body: () => gql(fragmentFanOut(10, 4, "Query")),
    status: 400,
    code: "QUERY_TOO_COSTLY",
    message: /too many fields/,
  },
  {
    name: "directive flood (@include(if: true) × 1000, 7000 tokens)",
    body: () => gql(directiveFlood(1000, () => "@include(if: true)")),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
    message: TOKEN_LIMIT,
  },
  {
    name: "directive flood (@include(if: true) × 250)",
    body: () => gql(directiveFlood(250, () => "@include(if: true)")),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Directives limit of 20/,
  },
  { name: "unknown directives (@evil0 @evil1 @evil2)", body: () => gql(directiveFlood(3, (i) => `@evil${i}`)), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Unknown directive "@evil0"/ },
  { name: "unknown directives × 500", body: () => gql(directiveFlood(500, (i) => `@evil${i}`)), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Directives limit of 20/ },
  { name: "first: 100000 (literal)", body: () => gql(page("100000")), status: 400, code: "BAD_USER_INPUT", message: /first must be between 1 and 100/ },
  { name: "first: $first = 100000 (variable)", body: () => gql(PAGE_VARIABLE, { first: 100_000 }), status: 400, code: "BAD_USER_INPUT", message: /first must be between 1 and 100/ },
  { name: "first: 0", body: () => gql(page("0")), status: 400, code: "BAD_USER_INPUT", message: /first must be between 1 and 100/ },
  { name: "first: -1", body: () => gql(page("-1")), status: 400, code: "BAD_USER_INPUT", message: /first must be between 1 and 100/ },
  { name: "first: $first = 2147483648 (not an Int)", body: () => gql(PAGE_VARIABLE, { first: 2 ** 31 }), status: 400, code: "BAD_USER_INPUT", message: /Int cannot represent/ },
  { name: "nested connections 100 × 100 × 100", body: () => gql(NESTED_CONNECTIONS), status: 400, code: "QUERY_TOO_COSTLY", message: /could cost 2030301 points/ },
  { name: "huge document (50,000 tokens, 250 KB)", body: () => gql(manyTokens(50_000)), status: 400, code: "GRAPHQL_PARSE_FAILED", message: TOKEN_LIMIT },
  { name: "body over the limit (300 KB)", body: () => gql(manyTokens(60_000)), status: 413, code: "PAYLOAD_TOO_LARGE", message: /over 256 KB/ },
  { name: "syntax error (a missing closing brace)", body: () => gql("{ programmes { code }"), status: 400, code: "GRAPHQL_PARSE_FAILED", message: /Syntax Error/ },
  { name: "malformed JSON body", body: () => "{ not json", status: 400, code: "BAD_REQUEST", message: /not valid JSON/ },
  {
    name: "batched request (JSON array of 2)",
    body: () => `[${gql("{ programmes { code } }")},${gql("{ programmes { code } }")}]`,
    status: 400,
    code: "BAD_REQUEST",
    message: /batching disabled/,
  },
  { name: "introspection { __schema { types { name } } }", body: () => gql("{ __schema { types { name } } }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /introspection is not allowed/ },
  {
    name: "introspection { __type(name: \"Perpetrator\") }",
    body: () => gql(`{ __type(name: "Perpetrator") { fields { name } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /introspection is not allowed/,
  },
  {
    name: "suggestion probe: misspelt field",
    body: () => gql("{ perpetrators(first: 1) { edges { node { familyNam } } } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Cannot query field "familyNam"/,
  },
  { name: "suggestion probe: misspelt argument", body: () => gql("{ perpetrators(firs: 1) { totalCount } }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Unknown argument "firs"/ },
  {
    name: "suggestion probe: misspelt type",
    body: () => gql("{ perpetrators(first: 1) { edges { node { ... on Perpetrater { id } } } } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Unknown type "Perpetrater"/,
  },
  {
    name: "suggestion probe: misspelt enum literal",
    body: () => gql("{ referrals(first: 1, filter: { status: [ALOCATED] }) { totalCount } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /"ALOCATED" does not exist/,
  },
  {
    name: "suggestion probe: misspelt enum in a variable",
    body: () => gql("query($s: [ReferralStatus!]) { referrals(first: 1, filter: { status: $s }) { totalCount } }", { s: ["ALOCATED"] }),
    status: 400,
    code: "BAD_USER_INPUT",
    message: /"ALOCATED" does not exist/,
  },
  {
    name: "suggestion probe: misspelt input field in a variable",
    body: () => gql("query($f: ReferralFilter) { referrals(first: 1, filter: $f) { totalCount } }", { f: { stauts: ["ALLOCATED"] } }),
    status: 400,
    code: "BAD_USER_INPUT",
    message: /"stauts" is not defined/,
  },
  { name: "deep nesting without a token", body: () => gql(deepNesting(20)), anonymous: true, status: 401, code: "UNAUTHENTICATED" },
];

let server: Server;
let admin: string;
const table: { attack: string; status: number; code: string; firstMs: number; ms: number; statements: number }[] = [];
let baselineMs = 0;

beforeAll(async () => {
  server = await startServer();
  admin = await server.token("attacker-admin");
  // Warm-up: the first request compiles code paths every later one shares; an ordinary query for comparison.
  await post(server, gql("{ programmes { code } }"), admin);
  const ordinary = await post(server, gql(page("100")), admin);
  expect(ordinary.status).toBe(200);
  expect(ordinary.statements).toBeGreaterThan(0);
  baselineMs = ordinary.ms;
}, 60_000);

afterAll(async () => {
  if (table.length) {
    const width = Math.max(...table.map((row) => row.attack.length));
    const lines = table.map(
      (row) =>
        `${row.attack.padEnd(width)}  ${String(row.status).padStart(3)}  ${row.code.padEnd(25)}  ${row.firstMs.toFixed(1).padStart(6)} ms  ${row.ms.toFixed(1).padStart(6)} ms  ${row.statements} statements`,
    );
    console.info(
      [
        `Hostile documents, each sent twice (server in production mode; bounds ${MAX_FIRST_REFUSAL_MS} ms first, ${MAX_REFUSAL_MS} ms second; an ordinary perpetrators(first: 100) took ${baselineMs.toFixed(1)} ms):`,
        `${"attack".padEnd(width)}  st.  ${"code".padEnd(25)}     first     second`,
        ...lines,
      ].join("\n"),
    );
  }
  await server?.close();
});

describe("hostile documents are refused before any resolver runs, each quickly", () => {
  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))("%s", async (_name, attack) => {
    const body = attack.body();
    const bearer = attack.anonymous ? null : admin;
    // Twice: the first meets code paths no earlier request took (JIT, caches); the second is the steady cost.
    const first = await post(server, body, bearer);
    const shot = await post(server, body, bearer);
    table.push({ attack: attack.name, status: shot.status, code: codeOf(shot), firstMs: first.ms, ms: shot.ms, statements: first.statements + shot.statements });

    for (const answer of [first, shot]) {
      // Nothing ran: not one SQL statement, and no data.
      expect(answer.statements).toBe(0);
      expect(answer.json?.data ?? null).toBeNull();
      // The schema is not described to strangers, and no stack trace leaves the server.
      expect(answer.text).not.toMatch(/Did you mean/i);
      expect(answer.text).not.toMatch(/stacktrace|\bat \S+ \(|node_modules/);
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: attack.status, code: attack.code });
      if (attack.message) expect(answer.json?.errors?.[0]?.message).toMatch(attack.message);
    }
    expect(first.ms).toBeLessThan(MAX_FIRST_REFUSAL_MS);
    expect(shot.ms).toBeLessThan(MAX_REFUSAL_MS);
  });

  it("the body limit is the configured 256 KB: a body just under it is parsed, one over it is not", async () => {
    expect(server.config.limits.requestBodyLimitKb).toBe(256);
    // 255 KB of JSON: read and handed to GraphQL, which refuses it for its tokens, not for its size.
    const under = gql(manyTokens(Math.floor((255 * 1024 - 40) / 5)));
    expect(Buffer.byteLength(under)).toBeLessThan(256 * 1024);
    const shot = await post(server, under, admin);
    expect(shot.json?.errors?.[0]?.message).toMatch(TOKEN_LIMIT);
    const over = await post(server, gql(manyTokens(Math.ceil((257 * 1024) / 5))), admin);
    expect({ status: over.status, code: codeOf(over), statements: over.statements }).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE", statements: 0 });
  });

  it("the depth, alias and directive limits are exact: at the limit a document runs, one over is refused", async () => {
    const { maxDepth, maxAliases, maxDirectives } = server.config.limits;
    // perpetrators › edges › node › referrals › edges › node › perpetrator … : one field per level of depth.
    const chain = ["perpetrators(first: 1)", "edges", "node", "referrals(first: 1)", "edges", "node", "perpetrator", "referrals(first: 1)", "edges", "node", "perpetrator", "referrals(first: 1)", "edges", "node"];
    const nested = (depth: number) => `{ ${chain.slice(0, depth - 1).join(" { ")} { id }${" }".repeat(depth - 2)} }`;
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: programmes { code }`).join(" ")} }`;
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => "programmes @include(if: true) { code }").join(" ")} }`;
    const cases = [
      { limit: "depth", at: nested(maxDepth), over: nested(maxDepth + 1), refusal: /depth limit/ },
      { limit: "aliases", at: aliases(maxAliases), over: aliases(maxAliases + 1), refusal: /Aliases limit/ },
      { limit: "directives", at: directives(maxDirectives), over: directives(maxDirectives + 1), refusal: /Directives limit/ },
    ];
    for (const { limit, at, over, refusal } of cases) {
      const served = await post(server, gql(at), admin);
      expect({ limit, status: served.status, errors: served.json?.errors }).toEqual({ limit, status: 200, errors: undefined });
      const refused = await post(server, gql(over), admin);
      expect({ limit, status: refused.status, code: codeOf(refused), statements: refused.statements }).toEqual({
        limit,
        status: 400,
        code: "GRAPHQL_VALIDATION_FAILED",
        statements: 0,
      });
      expect(refused.json?.errors?.[0]?.message).toMatch(refusal);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe("rate limiting: a per-subject token bucket of query cost", () => {
  const BURST = 500;
  const REFILL = 100;
  let limited: Server;
  let cost: number;
  /** Costly but allowed: 100 people, so each costs a good share of the bucket. */
  const COSTLY = page("100");

  beforeAll(async () => {
    // A bucket may not be smaller than the most a query may cost, so the cost limit comes down with it.
    limited = await startServer({ RATE_LIMIT_BURST: String(BURST), RATE_LIMIT_REFILL_PER_SECOND: String(REFILL), QUERY_MAX_COST: String(BURST) });
    cost = measureQuery(await buildAppSchema(), parse(COSTLY), {}).cost;
  }, 60_000);
  afterAll(() => limited?.close());

  interface CostExtension {
    requestedQueryCost: number;
    maximumAvailable: number;
    throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  }
  const costOf = (shot: Shot) => shot.json?.extensions?.["cost"] as CostExtension | undefined;

  it("spends the bucket, refuses with 429 and a matching Retry-After, spares other subjects, and serves again after the wait", async () => {
    const subject = await limited.token("rate-limited-subject");
    const other = await limited.token("another-subject");
    // Two costly queries fit a 500-point bucket; the third does not (2 × cost ≤ 500 < 3 × cost).
    expect(2 * cost).toBeLessThanOrEqual(BURST);
    expect(3 * cost).toBeGreaterThan(BURST);

    const served: Shot[] = [];
    for (let i = 0; i < 2; i++) served.push(await post(limited, gql(COSTLY), subject));
    for (const shot of served) {
      expect(shot.status).toBe(200);
      expect(shot.json?.errors).toBeUndefined();
      expect(shot.statements).toBeGreaterThan(0);
      const reported = costOf(shot)!;
      expect(reported).toEqual({
        requestedQueryCost: cost,
        maximumAvailable: limited.config.limits.maxCost,
        throttleStatus: { maximumAvailable: BURST, currentlyAvailable: expect.any(Number), restoreRate: REFILL },
      });
      expect(Number.isInteger(reported.throttleStatus.currentlyAvailable)).toBe(true);
    }
    const left = costOf(served[1]!)!.throttleStatus.currentlyAvailable;
    expect(left).toBeGreaterThanOrEqual(BURST - 2 * cost);
    expect(left).toBeLessThan(cost);

    const refused = await post(limited, gql(COSTLY), subject);
    const error = refused.json?.errors?.[0];
    const retryAfterSeconds = error?.extensions?.["retryAfterSeconds"] as number;
    expect(refused.status).toBe(429);
    expect(error?.extensions?.["code"]).toBe("RATE_LIMITED");
    expect(Number.isInteger(retryAfterSeconds) && retryAfterSeconds > 0).toBe(true);
    expect(refused.headers.get("retry-after")).toBe(String(retryAfterSeconds));
    expect(refused.statements).toBe(0);
    expect(refused.json?.data ?? null).toBeNull();
    expect(costOf(refused)?.requestedQueryCost).toBe(cost);
    // The points lacking at the refill rate, rounded up to whole seconds: kept short by the costs chosen.
    // (At most that counted from the points left after the 2nd answer: the bucket has refilled a little since.)
    expect(retryAfterSeconds).toBeLessThanOrEqual(Math.max(1, Math.ceil((cost - left) / REFILL)));
    expect(retryAfterSeconds).toBeLessThanOrEqual(2);

    // Another subject has a bucket of its own.
    const elsewhere = await post(limited, gql(COSTLY), other);
    expect(elsewhere.status).toBe(200);
    // A fresh bucket less this query (plus whatever refilled while it ran).
    expect(costOf(elsewhere)?.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(BURST - cost);
    expect(costOf(elsewhere)?.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(BURST - cost + 5);

    const waitedFrom = performance.now();
    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
    const again = await post(limited, gql(COSTLY), subject);
    expect(again.status).toBe(200);
    expect(again.json?.errors).toBeUndefined();

    console.info(
      `Rate limit (burst ${BURST}, refill ${REFILL}/s, query cost ${cost}): served ×2 leaving ${left} points; ` +
        `3rd refused ${refused.status} ${String(error?.extensions?.["code"])} in ${refused.ms.toFixed(1)} ms with ${refused.statements} statements, ` +
        `retryAfterSeconds ${retryAfterSeconds}, Retry-After: ${refused.headers.get("retry-after")}; other subject served with ${costOf(elsewhere)?.throttleStatus.currentlyAvailable} left; ` +
        `served again after waiting ${((performance.now() - waitedFrom) / 1000).toFixed(2)} s (${costOf(again)?.throttleStatus.currentlyAvailable} left)`,
    );
  });

  it("a query that costs more than the whole bucket is refused as too costly, never told to retry", async () => {
    // Such a query could never be served: the configuration refuses a bucket smaller than the cost limit,
    // so it is QUERY_TOO_COSTLY, not a Retry-After of Infinity.
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40), RATE_LIMIT_BURST: "500" })).toThrow(/RATE_LIMIT_BURST/);
    const tooBigForBucket = "{ perpetrators(first: 100) { edges { node { id referrals(first: 5) { edges { node { id } } } } } } }";
    const needed = measureQuery(await buildAppSchema(), parse(tooBigForBucket), {}).cost;
    expect(needed).toBeGreaterThan(BURST);
    const shot = await post(limited, gql(tooBigForBucket), await limited.token("big-spender"));
    expect(shot.statements).toBe(0);
    expect({ status: shot.status, code: codeOf(shot), retryAfter: shot.headers.get("retry-after") }).toEqual({ status: 400, code: "QUERY_TOO_COSTLY", retryAfter: null });
  });
});
