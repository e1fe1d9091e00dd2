import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { startApp } from "../src/server.js";
import { signDevToken } from "../src/shared/auth/jwt.js";
import { Role } from "../src/shared/auth/roles.js";
import { createLogger } from "../src/shared/logger.js";

/**
 * Times the reports over a generated data set (`npm run bench:reports`, DATABASE_URL set): each
 * report through GraphQL as an analyst, against its one statement run alone through postgres.js
 * (the raw-SQL baseline), with EXPLAIN ANALYZE of that statement. Medians of --runs runs after one
 * warm-up. `--from`/`--to` set the period (default the third quarter of 2026), `--only <text>` runs the
 * reports whose name contains it, `--explain` prints each statement's plan.
 */
const { values: args } = parseArgs({ options: { runs: { type: "string" }, from: { type: "string" }, to: { type: "string" }, explain: { type: "boolean" }, only: { type: "string" } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to the PostgreSQL database holding the generated region");
const runs = Number(args.runs ?? 7);
const period = { from: args.from ?? "2026-07-01", to: args.to ?? "2026-09-30" };

const ALL_BREAKDOWNS = ["REFERRAL_SOURCE", "GROUP", "SEX", "AGE_BAND", "DISABILITY", "ETHNICITY_GROUP", "FIRST_LANGUAGE"];
const REPORTS = [
  { name: "programme performance, BBR, no breakdown", query: `query($r: ProgrammePerformanceInput) { programmePerformance(report: $r) { csv } }`, variables: { r: { ...period, programme: "BBR" } } },
  { name: "programme performance, BBR, every breakdown", query: `query($r: ProgrammePerformanceInput) { programmePerformance(report: $r) { csv } }`, variables: { r: { ...period, programme: "BBR", groupBy: ALL_BREAKDOWNS } } },
  { name: "programme performance, all programmes, every breakdown", query: `query($r: ProgrammePerformanceInput) { programmePerformance(report: $r) { csv } }`, variables: { r: { ...period, groupBy: ALL_BREAKDOWNS } } },
  { name: "victim safety", query: `query($p: ReportPeriodInput) { victimSafetyReport(period: $p) { csv } }`, variables: { p: period } },
  { name: "IOM", query: `query($p: ReportPeriodInput) { iomReport(period: $p) { csv } }`, variables: { p: period } },
];

const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "report-bench-secret-report-bench-secret", LOG_LEVEL: "silent", RATE_LIMIT_BURST: "0" });
const token = await signDevToken(config.auth, { sub: "bench-analyst", roles: [Role.ANALYST] });
const database = await openDatabase({ kind: "postgres", url });
const app = await startApp({ config, database, logger: createLogger("silent") }, 0, "127.0.0.1");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

try {
  for (const report of REPORTS.filter((r) => !args.only || r.name.includes(args.only))) {
    const send = async () => {
      const response = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: report.query, variables: report.variables }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    await send();
    database.statements.reset();
    database.statements.recording = true;
    await send();
    database.statements.recording = false;
    const statements = database.statements.recorded;
    const api: number[] = [];
    for (let i = 0; i < runs; i++) api.push(await timed(send));
    const raw: number[] = [];
    for (let i = 0; i < runs; i++) raw.push(await timed(() => Promise.all(statements.map((s) => database.query(s.text, s.params)))));
    const apiMs = median(api);
    const rawMs = median(raw);
    console.log(`${report.name}: ${statements.length} statement(s); API p50 ${apiMs.toFixed(0)} ms, raw SQL p50 ${rawMs.toFixed(0)} ms, ratio ${(apiMs / rawMs).toFixed(2)}`);
    if (args.explain) {
      for (const s of statements) {
        const plan = await database.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${s.text}`, s.params);
        console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
      }
    }
  }
} finally {
  await app.stop();
  await database.close();
}
