import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import type { DatabaseTarget } from "../src/db/client.js";
import { ensureBenchData, openRaw, runRaw } from "./data.js";
import { isScaleName } from "./generate/index.js";

/**
 * `node dist/bench/generate-cli.js --scale small|region [--data-dir DIR] [--reset] [--seed N] [--now ISO]`
 * Migrates the database (PostgreSQL from DATABASE_URL, or PGlite in --data-dir), refuses one that already
 * holds people unless --reset (which drops the public and drizzle schemas first), generates, and prints
 * row counts and timings.
 */
const USAGE = "usage: generate-cli --scale small|region [--data-dir DIR] [--reset] [--seed N] [--now 2026-11-01T12:00:00Z]";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "small" },
    "data-dir": { type: "string" },
    reset: { type: "boolean", default: false },
    seed: { type: "string" },
    now: { type: "string" },
  },
});
const scale = args.scale!;
if (!isScaleName(scale)) fail(`unknown scale "${scale}"`);
const seed = args.seed === undefined ? undefined : Number(args.seed);
if (seed !== undefined && !Number.isInteger(seed)) fail("--seed must be an integer");
const now = args.now === undefined ? undefined : new Date(args.now);
if (now && Number.isNaN(now.getTime())) fail("--now must be an ISO date-time");

const config = loadConfig();
const target: DatabaseTarget = args["data-dir"]
  ? { kind: "pglite", dataDir: args["data-dir"] }
  : config.database.kind === "postgres"
    ? config.database
    : fail("set DATABASE_URL to a PostgreSQL database, or pass --data-dir for PGlite");
if (target.kind === "pglite" && scale === "region") {
  fail("the region scale needs PostgreSQL (it is millions of rows; PGlite is for the small scale): set DATABASE_URL and drop --data-dir");
}

const log = (message: string) => process.stderr.write(`[generate] ${message}\n`);

if (args.reset) {
  const raw = await openRaw(target);
  for (const statement of ["drop schema if exists drizzle cascade", "drop schema if exists public cascade", "create schema public"]) await runRaw(raw, statement);
  await raw.close();
  log("dropped and recreated the public schema and drizzle's migrations schema");
}

const summary = await ensureBenchData(target, scale, { seed, now, log });
if (!summary) {
  process.stderr.write("the database already holds people: not generating (pass --reset to start again)\n");
  process.exit(1);
}

const width = Math.max(...Object.keys(summary.rows).map((t) => t.length));
const lines = Object.entries(summary.rows).map(([table, rows]) => `  ${table.padEnd(width)}  ${String(rows).padStart(9)} rows  ${summary.tableSeconds[table]!.toFixed(2).padStart(7)} s`);
const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
process.stdout.write(
  [
    `${summary.scale} scale into ${target.kind} (seed ${summary.seed}, now ${summary.now})`,
    ...lines,
    `  ${"total".padEnd(width)}  ${String(total).padStart(9)} rows`,
    `plan ${summary.planSeconds} s, load ${summary.loadSeconds} s, analyze ${summary.analyzeSeconds} s, total ${summary.seconds} s`,
    summary.unassignedReferrals ? `${summary.unassignedReferrals} planned referrals left out: nobody eligible was free on the day` : "",
  ].join("\n") + "\n",
);
