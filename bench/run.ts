import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from "../src/db/client.js";
import { startApp } from "../src/server.js";
import { signDevToken } from "../src/shared/auth/jwt.js";
import { Role } from "../src/shared/auth/roles.js";
import { createLogger } from "../src/shared/logger.js";
import { ensureBenchData } from "./data.js";
import type { ScaleName } from "./generate/index.js";
import { nestingLevels, type NestingLevels } from "./levels.js";
import { load, peakRss, round, time, type LoadResult, type Timing } from "./measure.js";
import { registerBody, registerCheck, registerLoad, type RegisterCheck, type RegisterLoad } from "./register.js";
import { formatReport } from "./report.js";
import { READ_SCENARIOS as ALL_READ_SCENARIOS, type Caller, type ReadScenario } from "./scenarios.js";
import { startBaselineProcess, startServerProcess } from "./server-process.js";
import { pickTargets, type BenchTargets } from "./targets.js";

const SECRET = "benchmark-secret-that-is-long-enough-for-hs256";

export interface ScenarioResult {
  name: string;
  who: string;
  levels: NestingLevels;
  statements: number;
  /** Reads victim-safety data: one audit insert is allowed beyond the levels. */
  audited: boolean;
  raw: Timing;
  api: LoadResult[];
  ratioP50: number;
  peakRssMb: number | null;
  /** The PostGraphile-style single-statement JSON baseline through HTTP (PostgreSQL only): 1 and 16 connections. */
  jsonBaseline: LoadResult[] | null;
  /** API throughput / baseline throughput at 16 connections. */
  throughputRatio: number | null;
}

export interface BenchReport {
  scale: ScaleName;
  database: "postgres" | "pglite";
  startedAt: string;
  machine: { node: string; cpus: number };
  /** `{ __typename }` with a token, one request after another: the fixed cost of any request. */
  floor: Timing | null;
  /** `{ __typename }` with a token at 16 connections: the API, the JSON baseline, and API / baseline. */
  floorThroughput: { api: LoadResult; jsonBaseline: LoadResult | null; ratio: number | null } | null;
  reads: ScenarioResult[];
  register: (RegisterLoad & RegisterCheck & { statements: number; peakRssMb: number | null }) | null;
  coldStartMs: number | null;
}

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "small" },
    seconds: { type: "string" },
    "data-dir": { type: "string" },
    out: { type: "string" },
    /** Comma-separated scenario names (and/or "register") to run only those. */
    only: { type: "string" },
  },
});
const only = args.only ? new Set(args.only.split(",").map((name) => name.trim())) : null;
const READ_SCENARIOS = ALL_READ_SCENARIOS.filter((scenario) => !only || only.has(scenario.name));
const runRegister = !only || only.has("register");
const scale = args.scale as ScaleName;
if (scale !== "small" && scale !== "region") throw new Error("--scale is small or region");
const url = process.env.DATABASE_URL;
if (scale === "region" && !url) throw new Error("The region scale needs PostgreSQL: set DATABASE_URL");
const target: DatabaseTarget = url ? { kind: "postgres", url } : { kind: "pglite", dataDir: args["data-dir"] ?? `.bench-data/${scale}` };
const seconds = Number(args.seconds ?? (scale === "small" ? 5 : 10));
const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: SECRET, LOG_LEVEL: "silent", RATE_LIMIT_BURST: "0" });
const token = (roles: Role[], sub: string, org?: string) => signDevToken(config.auth, { sub, roles, ...(org ? { org } : {}) });
const log = (message: string) => console.error(`[bench] ${message}`);

/** Data, statement counts and raw-SQL baselines, in this process; the database is closed afterwards. */
async function inProcessPhase(): Promise<{ targets: BenchTargets; statements: Map<string, number>; raw: Map<string, Timing>; plans: string }> {
  const generated = await ensureBenchData(target, scale, { log });
  if (generated) log(`generated the ${scale} data set in ${generated.seconds} s`);
  const database = await openDatabase(target);
  try {
    const targets = await pickTargets((text, params) => database.query(text, params));
    for (const scenario of READ_SCENARIOS) {
      const caller = scenario.caller(targets);
      callers.set(scenario, caller);
      tokens.set(scenario, await token(caller.roles, caller.sub, caller.org));
    }
    const { counts: statements, issued } = await countStatements(database, targets);
    const plans = await explainAll(database, targets, issued);
    const raw = new Map<string, Timing>();
    const runs = scale === "small" ? 300 : 150;
    for (const scenario of READ_SCENARIOS) {
      raw.set(scenario.name, await time(() => database.query(scenario.raw.text, scenario.raw.params(targets)), runs));
    }
    return { targets, statements, raw, plans };
  } finally {
    await database.close();
  }
}

type Issued = Map<string, { text: string; params: unknown[] }[]>;

/** One request of each operation through an in-process server, counting (and keeping) the SQL statements it issues. */
async function countStatements(database: DatabaseHandle, targets: BenchTargets): Promise<{ counts: Map<string, number>; issued: Issued }> {
  const app = await startApp({ config, database, logger: createLogger("silent") }, 0, "127.0.0.1");
  const counts = new Map<string, number>();
  const issued: Issued = new Map();
  try {
    for (const scenario of READ_SCENARIOS) {
      const send = () => post(app.url, bearer(scenario), callers.get(scenario)!.purpose, { query: scenario.query, variables: scenario.variables(targets) });
      await send();
      database.statements.reset();
      database.statements.recording = true;
      await send();
      database.statements.recording = false;
      counts.set(scenario.name, database.statements.count);
      issued.set(scenario.name, database.statements.recorded);
    }
    const facilitator = await token([Role.FACILITATOR], targets.registers[0]!.facilitatorSub);
    await post(app.url, facilitator, undefined, JSON.parse(registerBody(targets.registers[0]!, true)));
    database.statements.reset();
    await post(app.url, facilitator, undefined, JSON.parse(registerBody(targets.registers[0]!, false)));
    counts.set("register", database.statements.count);
  } finally {
    await app.stop();
  }
  return { counts, issued };
}

/**
 * EXPLAIN ANALYZE of every statement each read issued, and of its raw baseline: the plans the
 * closing note shows, so a missing index is visible rather than guessed. Writes (the audit insert)
 * are described without running them again.
 */
async function explainAll(database: DatabaseHandle, targets: BenchTargets, issued: Issued): Promise<string> {
  const sections: string[] = [];
  const explain = async (text: string, params: unknown[]) => {
    const analyse = /^\s*select/i.test(text) ? "analyze, buffers, " : "";
    const rows = await database.query<Record<string, string>>(`explain (${analyse}costs off) ${text}`, params);
    return rows.map((row) => Object.values(row)[0]).join("\n");
  };
  for (const scenario of READ_SCENARIOS) {
    const statements = issued.get(scenario.name) ?? [];
    sections.push(`## ${scenario.name}: ${statements.length} statements`);
    for (const [i, statement] of statements.entries()) {
      sections.push(`### statement ${i + 1}\n${statement.text}\n\n${await explain(statement.text, statement.params)}`);
    }
    sections.push(`### raw baseline\n${await explain(scenario.raw.text, scenario.raw.params(targets))}`);
  }
  return sections.join("\n\n");
}

const tokens = new Map<ReadScenario, string>();
const callers = new Map<ReadScenario, Caller>();
const purposeHeader = (caller: Caller): Record<string, string> => (caller.purpose ? { "x-access-purpose": caller.purpose } : {});
const bearer = (scenario: ReadScenario) => tokens.get(scenario)!;

async function post(url: string, bearerToken: string, purpose: string | undefined, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearerToken}`, ...(purpose ? { "x-access-purpose": purpose } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (answer.errors?.length) throw new Error(`benchmark operation failed: ${JSON.stringify(answer.errors).slice(0, 500)}`);
}

async function fetchOnce(url: string, headers: Record<string, string>, body: string): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  await response.arrayBuffer();
}

const serverEnv = (): Record<string, string> => ({
  NODE_ENV: "production",
  JWT_SECRET: SECRET,
  LOG_LEVEL: "warn",
  SEED_DEMO: "false",
  ORDER_EXPIRY_CHECK_MINUTES: "0",
  // The benchmark measures the API at full load from one subject per scenario, not the rate limiter.
  RATE_LIMIT_BURST: "0",
  ...(target.kind === "postgres" ? { DATABASE_URL: target.url } : { DATA_DIR: target.dataDir! }),
});

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const { targets, statements, raw, plans } = await inProcessPhase();

  log("starting the server in its own process");
  const anyone = await token([Role.ANALYST], "bench-analyst");
  const server = await startServerProcess(serverEnv(), anyone);
  const baseline = target.kind === "postgres" ? await startBaselineProcess({ DATABASE_URL: target.url, JWT_SECRET: SECRET }, anyone) : null;
  const reads: ScenarioResult[] = [];
  let floor: Timing | null = null;
  let floorThroughput: BenchReport["floorThroughput"] = null;
  let registerRun: { load: RegisterLoad; peakRssMb: number | null } | null = null;
  try {
    // What every request costs before it reads anything: HTTP, JSON, token check, GraphQL pipeline.
    const floorBody = JSON.stringify({ query: "{ __typename }" });
    floor = await time(() => fetchOnce(server.url, { authorization: `Bearer ${anyone}` }, floorBody), scale === "small" ? 300 : 150);
    {
      const headers = { authorization: `Bearer ${anyone}` };
      log(`{ __typename }: 16 connections, ${seconds} s, API then JSON baseline`);
      const api = await load({ url: server.url, connections: 16, durationSeconds: seconds, headers, body: floorBody });
      const json = baseline ? await load({ url: baseline.url, connections: 16, durationSeconds: seconds, headers, body: `{"scenario":"typename"}` }) : null;
      floorThroughput = { api, jsonBaseline: json, ratio: json ? round(api.throughput / Math.max(json.throughput, 0.01)) : null };
    }
    for (const scenario of READ_SCENARIOS) {
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables(targets) });
      const headers = { authorization: `Bearer ${bearer(scenario)}`, ...purposeHeader(callers.get(scenario)!) };
      const api: LoadResult[] = [];
      let peak: number | null = null;
      for (const connections of [1, 16]) {
        log(`${scenario.name}: ${connections} connection(s), ${seconds} s`);
        const measured = await peakRss(server.pid, () => load({ url: server.url, connections, durationSeconds: seconds, headers, body }));
        api.push(measured.value);
        peak = Math.max(peak ?? 0, measured.peakMb ?? 0);
      }
      // autocannon reports whole milliseconds; the 1-connection latency the ratio uses is timed like the
      // raw baseline: one request after another, with a microsecond clock.
      const sequential = await time(() => fetchOnce(server.url, headers, body), scale === "small" ? 300 : 150);
      api[0] = { ...api[0]!, p50: sequential.p50, p99: sequential.p99 };
      const rawTiming = raw.get(scenario.name)!;
      let jsonBaseline: LoadResult[] | null = null;
      if (baseline) {
        const baselineBody = JSON.stringify({ scenario: scenario.name, params: scenario.raw.params(targets) });
        jsonBaseline = [];
        for (const connections of [1, 16]) {
          log(`${scenario.name}: JSON baseline, ${connections} connection(s), ${seconds} s`);
          jsonBaseline.push(await load({ url: baseline.url, connections, durationSeconds: seconds, headers: { authorization: `Bearer ${anyone}` }, body: baselineBody }));
        }
      }
      reads.push({
        name: scenario.name,
        who: scenario.who,
        levels: nestingLevels(scenario.query),
        statements: statements.get(scenario.name)!,
        audited: Boolean(callers.get(scenario)!.purpose),
        raw: rawTiming,
        api,
        ratioP50: round(api[0]!.p50 / Math.max(rawTiming.p50, 0.01)),
        peakRssMb: peak,
        jsonBaseline,
        throughputRatio: jsonBaseline ? round(api[1]!.throughput / Math.max(jsonBaseline[1]!.throughput, 0.01)) : null,
      });
    }
    if (runRegister) {
      const facilitators = Math.min(50, targets.registers.length);
      const facilitatorTokens = await Promise.all(targets.registers.map((r) => token([Role.FACILITATOR], r.facilitatorSub)));
      log(`register: ${facilitators} facilitators, ${seconds} s`);
      const measured = await peakRss(server.pid, () => registerLoad(server.url, targets, facilitatorTokens, facilitators, seconds));
      registerRun = { load: measured.value, peakRssMb: measured.peakMb };
    }
  } finally {
    await server.stop();
    await baseline?.stop();
  }

  // Checked with the server stopped, since an embedded database has one owner at a time.
  const checks = await openDatabase(target);
  const register: BenchReport["register"] = registerRun
    ? { ...registerRun.load, ...(await registerCheck(checks, registerRun.load)), statements: statements.get("register")!, peakRssMb: registerRun.peakRssMb }
    : null;
  await checks.close();

  let coldStartMs: number | null = null;
  if (target.kind === "pglite") {
    log("cold start on the existing embedded database");
    const again = await startServerProcess(serverEnv(), anyone);
    coldStartMs = again.firstAnswerMs;
    await again.stop();
  }

  const report: BenchReport = { scale, database: target.kind, startedAt, machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, floor, floorThroughput, reads, register, coldStartMs };
  const out = args.out ?? `bench/results/${scale}-${target.kind}-${startedAt.replace(/[:.]/g, "-")}.json`;
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2));
  const plansOut = out.replace(/\.json$/, "") + "-plans.md";
  writeFileSync(plansOut, `# Query plans: ${scale} on ${target.kind}, ${startedAt}\n\n${plans}\n`);
  console.log(formatReport(report));
  console.log(`\nwritten to ${out}; query plans in ${plansOut}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
