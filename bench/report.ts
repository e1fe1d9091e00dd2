import type { BenchReport } from "./run.js";

const TARGET_RATIO = 1.5;
const TARGET_ROWS_PER_SECOND = 2500;
/** Issue 14: at least 1.2× PostGraphile's throughput; the JSON baseline does less than PostGraphile, so this is the stricter test. */
const TARGET_THROUGHPUT_RATIO = 1.2;
const TARGET_COLD_START_MS = 3000;
const TARGET_RSS_MB = 250;

const pad = (value: unknown, width: number) => String(value ?? "–").padStart(width);
const mark = (ok: boolean) => (ok ? "yes" : "NO");

/** One plain-text table of the run, with each target and whether it was met. */
export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`Safeguard Graph benchmark: scale ${report.scale} on ${report.database}, ${report.startedAt} (node ${report.machine.node}, ${report.machine.cpus} CPUs)`);
  lines.push("");
  lines.push(
    `${"scenario".padEnd(22)}${pad("stmts", 6)}${pad("levels", 7)}${pad("raw p50", 9)}${pad("api p50", 9)}${pad("ratio", 7)}${pad("rps@1", 8)}${pad("p50@16", 8)}${pad("p99@16", 8)}${pad("rps@16", 8)}${pad("RSS MB", 8)}${pad("fails", 7)}`,
  );
  for (const r of report.reads) {
    const [one, sixteen] = r.api;
    lines.push(
      `${r.name.padEnd(22)}${pad(r.statements, 6)}${pad(r.levels.records, 7)}${pad(r.raw.p50, 9)}${pad(one?.p50, 9)}${pad(r.ratioP50, 7)}${pad(Math.round(one?.throughput ?? 0), 8)}${pad(sixteen?.p50, 8)}${pad(sixteen?.p99, 8)}${pad(Math.round(sixteen?.throughput ?? 0), 8)}${pad(r.peakRssMb, 8)}${pad((one?.failures ?? 0) + (sixteen?.failures ?? 0), 7)}`,
    );
  }
  if (report.reads.some((r) => r.jsonBaseline)) {
    lines.push("");
    lines.push(`${"against the JSON baseline over HTTP".padEnd(36)}${pad("api rps@1", 11)}${pad("json rps@1", 11)}${pad("api rps@16", 11)}${pad("json rps@16", 12)}${pad("api/json", 9)}`);
    for (const r of report.reads) {
      if (!r.jsonBaseline) continue;
      lines.push(
        `${r.name.padEnd(36)}${pad(Math.round(r.api[0]?.throughput ?? 0), 11)}${pad(Math.round(r.jsonBaseline[0]?.throughput ?? 0), 11)}${pad(Math.round(r.api[1]?.throughput ?? 0), 11)}${pad(Math.round(r.jsonBaseline[1]?.throughput ?? 0), 12)}${pad(r.throughputRatio, 9)}`,
      );
    }
    const f = report.floorThroughput;
    if (f?.jsonBaseline) lines.push(`${"{ __typename } with a token".padEnd(36)}${pad("", 11)}${pad("", 11)}${pad(Math.round(f.api.throughput), 11)}${pad(Math.round(f.jsonBaseline.throughput), 12)}${pad(f.ratio, 9)}`);
    lines.push("(json = a PostGraphile-style server: bare HTTP, its own HS256 check, one statement building the answer as JSON; no access checks, no audit)");
    lines.push("");
  }
  lines.push("(latencies in ms; raw = one hand-written SQL statement through the driver; ratio = api p50 / raw p50 at 1 connection;");
  lines.push(" levels = levels of related records in the operation, a connection's edges and node not counted)");
  if (report.floor) lines.push(`fixed cost of any request ({ __typename } with a token, over HTTP): p50 ${report.floor.p50} ms, p99 ${report.floor.p99} ms`);
  const g = report.register;
  if (g) {
    lines.push("");
    lines.push(
      `register: ${g.facilitators} facilitators for ${g.durationSeconds} s: ${g.rowsWritten} rows (${g.rowsPerSecond}/s), ${g.acknowledged} submissions acknowledged, ${g.stored} stored, ${g.duplicates} duplicate current rows, ${g.missing} missing rows; p50 ${g.p50} ms, p99 ${g.p99} ms; ${g.statements} SQL statements per submission; peak RSS ${g.peakRssMb ?? "–"} MB`,
    );
  }
  if (report.coldStartMs !== null) lines.push(`cold start on the existing embedded database to first answer: ${report.coldStartMs} ms`);

  lines.push("");
  lines.push("targets:");
  for (const r of report.reads) {
    const allowed = r.levels.records + (r.audited ? 1 : 0);
    const throughput = r.throughputRatio === null ? "" : `; rps@16 ≥ ${TARGET_THROUGHPUT_RATIO}× JSON baseline: ${mark(r.throughputRatio >= TARGET_THROUGHPUT_RATIO)} (${r.throughputRatio}×)`;
    lines.push(
      `  ${r.name}: p50 ≤ ${TARGET_RATIO}× raw: ${mark(r.ratioP50 <= TARGET_RATIO)} (${r.ratioP50}×); statements ≤ nesting levels${r.audited ? " + the audit insert" : ""}: ${mark(r.statements <= allowed)} (${r.statements} ≤ ${allowed})${throughput}`,
    );
  }
  if (g) {
    // Submissions still in flight when the load stops are stored but never acknowledged: at most one per connection.
    const exact = g.duplicates === 0 && g.missing === 0 && g.stored >= g.acknowledged && g.stored - g.acknowledged <= g.facilitators;
    lines.push(`  register ≥ ${TARGET_ROWS_PER_SECOND} rows/s, none lost or doubled: ${mark(g.rowsPerSecond >= TARGET_ROWS_PER_SECOND && exact)} (${g.rowsPerSecond}/s; exactly once: ${exact ? "yes" : "no"})`);
  }
  if (report.coldStartMs !== null) lines.push(`  cold start ≤ ${TARGET_COLD_START_MS} ms: ${mark(report.coldStartMs <= TARGET_COLD_START_MS)}`);
  const peaks = [...report.reads.map((r) => r.peakRssMb ?? 0), g?.peakRssMb ?? 0];
  lines.push(`  server RSS ≤ ${TARGET_RSS_MB} MB: ${mark(Math.max(...peaks) <= TARGET_RSS_MB)} (peak ${Math.max(...peaks)} MB)`);
  return lines.join("\n");
}
