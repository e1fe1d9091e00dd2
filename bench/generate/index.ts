import "reflect-metadata";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { ProgrammeRepository, programmes, type ProgrammeRow } from "../../src/modules/programmes/index.js";
import { makeContext } from "./context.js";
import { pgliteLoader, postgresLoader, type Loader } from "./copy.js";
import { withoutSecondaryStructures } from "./deferred.js";
import { DEFAULT_BENCH_SEED, tableLoads } from "./tables.js";
import { planAll } from "./plan.js";
import { SCALES, type ScaleName } from "./scales.js";
import { DEFAULT_NOW } from "./time.js";

export { SCALES, isScaleName, type ScaleCounts, type ScaleName } from "./scales.js";
export { DEFAULT_NOW } from "./time.js";
export { DEFAULT_BENCH_SEED } from "./tables.js";

export type BenchDatabase = { kind: "postgres"; sql: postgres.Sql } | { kind: "pglite"; client: PGlite };

export interface GenerateOptions {
  seed?: number;
  /** The moment the data is "as of"; defaults to a fixed date so the data is reproducible. Keep it in the past. */
  now?: Date;
  log?: (message: string) => void;
}

export interface GeneratedSummary {
  scale: ScaleName;
  seed: number;
  now: string;
  /** Rows written, per table. */
  rows: Record<string, number>;
  /** Seconds spent loading each table (rows are made while they stream). */
  tableSeconds: Record<string, number>;
  /** Referrals planned but left out because nobody eligible was free on the day. */
  unassignedReferrals: number;
  planSeconds: number;
  loadSeconds: number;
  analyzeSeconds: number;
  /** Wall-clock seconds for the whole generation. */
  seconds: number;
}

const seconds = (from: number): number => Math.round((performance.now() - from) / 10) / 100;

/**
 * Fills a migrated, empty database with a deterministic synthetic region: the same seed and `now` always
 * give the same rows and ids. Everything is written in one transaction, then the tables are analysed.
 */
export async function generateBenchData(target: BenchDatabase, scale: ScaleName, options: GenerateOptions = {}): Promise<GeneratedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? DEFAULT_BENCH_SEED;
  const now = options.now ?? DEFAULT_NOW;
  const db = target.kind === "postgres" ? drizzlePostgres(target.sql) : drizzlePglite(target.client);
  await new ProgrammeRepository(db as never).ensureDefaults();
  const programmeRows = (await db.select().from(programmes)) as ProgrammeRow[];

  const planStarted = performance.now();
  const ctx = makeContext(seed, now, SCALES[scale], programmeRows);
  const plans = planAll(ctx);
  const loads = tableLoads(ctx, plans);
  const planSeconds = seconds(planStarted);
  log(`planned ${plans.referrals.count} referrals in ${plans.groups.count} groups for ${plans.people.count} people in ${planSeconds}s`);

  const rows: Record<string, number> = {};
  const tableSeconds: Record<string, number> = {};
  const loadStarted = performance.now();
  const loadAll = async (loader: Loader) => {
    const [{ exists }] = (await loader.query("select exists (select 1 from perpetrators) as exists")) as [{ exists: boolean }];
    if (exists) throw new Error("The database already holds people: benchmark data is only added to an empty database");
    for (const load of loads) {
      const tableStarted = performance.now();
      const copy = () => loader.copy(load.table, load.columns, load.rows());
      rows[load.table] = load.bulk ? await withoutSecondaryStructures(loader, load.table, copy) : await copy();
      tableSeconds[load.table] = seconds(tableStarted);
      log(`${load.table}: ${rows[load.table]} rows in ${tableSeconds[load.table]}s`);
    }
  };
  if (target.kind === "postgres") {
    await target.sql.begin(async (tx) => {
      // Index builds after the bulk tables are loaded sort in memory rather than on disk.
      await tx.unsafe("set local maintenance_work_mem = '256MB'");
      await loadAll(postgresLoader(tx));
    });
  }
  else await target.client.transaction((tx) => loadAll(pgliteLoader(tx)));
  const loadSeconds = seconds(loadStarted);

  const analyzeStarted = performance.now();
  if (target.kind === "postgres") await target.sql.unsafe("analyze");
  else await target.client.exec("analyze");
  const analyzeSeconds = seconds(analyzeStarted);
  log(`analyzed in ${analyzeSeconds}s`);

  return {
    scale,
    seed,
    now: now.toISOString(),
    rows,
    tableSeconds,
    unassignedReferrals: plans.unassigned,
    planSeconds,
    loadSeconds,
    analyzeSeconds,
    seconds: seconds(started),
  };
}
