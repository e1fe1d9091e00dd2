import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openDatabase, type DatabaseTarget } from "../src/db/client.js";
import { prepareDatabase } from "../src/db/bootstrap.js";
import { generateBenchData, type BenchDatabase, type GeneratedSummary, type ScaleName } from "./generate/index.js";

/** The database's own driver, for the generator's bulk loading (COPY) rather than through drizzle. */
export async function openRaw(target: DatabaseTarget): Promise<BenchDatabase & { close(): Promise<void> }> {
  if (target.kind === "postgres") {
    const sql = postgres(target.url, { max: 2, onnotice: () => {}, connection: { application_name: "safeguard-graph-bench" } });
    return { kind: "postgres", sql, close: () => sql.end({ timeout: 5 }) };
  }
  mkdirSync(target.dataDir!, { recursive: true });
  const client = new PGlite(target.dataDir!);
  await client.waitReady;
  return { kind: "pglite", client, close: () => client.close() };
}

export function runRaw(raw: BenchDatabase, text: string): Promise<Record<string, unknown>[]> {
  return raw.kind === "postgres"
    ? (raw.sql.unsafe(text) as unknown as Promise<Record<string, unknown>[]>)
    : raw.client.query<Record<string, unknown>>(text).then((result) => result.rows);
}

/**
 * Brings the database to the current schema and, when it holds nobody yet, generates the scale's
 * data set. Answers the summary when it generated, null when the data was already there.
 */
export async function ensureBenchData(
  target: DatabaseTarget,
  scale: ScaleName,
  options: { seed?: number; now?: Date; log?: (message: string) => void } = {},
): Promise<GeneratedSummary | null> {
  const handle = await openDatabase(target);
  try {
    await prepareDatabase(handle);
  } finally {
    await handle.close();
  }
  // The embedded database has one owner at a time: the migrated handle is closed before the raw one opens.
  const raw = await openRaw(target);
  try {
    const [row] = await runRaw(raw, "select count(*)::int as people from perpetrators");
    if (Number(row?.["people"]) > 0) return null;
    return await generateBenchData(raw, scale, options);
  } finally {
    await raw.close();
  }
}
