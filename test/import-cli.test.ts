import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";

/**
 * `npm run import` as an operator runs it: the compiled command, a child process of its own, against a
 * PGlite data folder of its own (the server's default configuration). Its output names rows, columns
 * and counts, never a name or date of birth from the file.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "sg-import-"));
  // As `npm run import` does: compile only when a source is newer than the last build.
  const build = spawnSync(process.execPath, ["src/cli/build-if-stale.mjs"], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(...args: string[]) {
  // The default configuration: PGlite in DATA_DIR (no DATABASE_URL, even when the suite runs on PostgreSQL).
  const { DATABASE_URL: _server, ...env } = process.env;
  const result = spawnSync(process.execPath, ["dist/src/cli/import.js", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...env, NODE_ENV: "development", DATA_DIR: join(dataDir, "data") },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it("--help documents the columns; a missing --kind is a usage error", () => {
  const help = run("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("npm run import -- <file.csv> --kind people|referrals|attendance|iom-cohort [--dry-run]");
  expect(help.stdout).toContain("IOM cohort columns:");
  expect(help.stdout).toContain("date_of_birth (required)");
  expect(help.stdout).toContain("referred_date (required)");
  expect(run("docs/import/people.csv").status).toBe(2);
}, 30_000);

it("a dry run, a real run and a re-run of the sample files", () => {
  const dry = run("docs/import/people.csv", "--kind", "people", "--dry-run");
  expect(dry.stdout).toContain("Dry run of 4 people row(s): 4 created, 0 matched, 0 unchanged, 0 refused");
  expect(dry.status).toBe(0);
  const real = run("docs/import/people.csv", "--kind", "people");
  expect(real.stdout).toContain("Import of 4 people row(s): 4 created, 0 matched, 0 unchanged, 0 refused");
  expect(real.stdout).toContain("Written in one transaction: 4 new record(s).");
  const again = run("docs/import/people.csv", "--kind", "people");
  expect(again.stdout).toContain("0 created, 0 matched, 4 unchanged, 0 refused");
  expect(again.stdout).toContain("Nothing new to write.");

  const referrals = run("docs/import/referrals.csv", "--kind", "referrals");
  expect(referrals.stdout).toContain("Import of 4 referrals row(s): 4 created");
  expect(run("docs/import/referrals.csv", "--kind", "referrals").stdout).toContain("0 created, 0 matched, 4 unchanged, 0 refused");
  // Not a terminal: no progress bar on stderr.
  expect(referrals.stderr).toBe("");

  const cohort = run("docs/import/iom-cohort.csv", "--kind", "iom-cohort");
  expect(cohort.stdout).toContain("Import of 3 iom cohort row(s): 3 created");
  expect(run("docs/import/iom-cohort.csv", "--kind", "iom-cohort").stdout).toContain("0 created, 0 matched, 3 unchanged, 0 refused");
}, 120_000);

it("a file with problems: every row reported, nothing written, exit status 1, no names or dates of birth", () => {
  const result = run("docs/import/people-with-problems.csv", "--kind", "people");
  expect(result.status).toBe(1);
  expect(result.stdout).toContain("row 3 pnc: INVALID PNC ID check letter is wrong: expected V");
  expect(result.stdout).toContain("row 7 crn: DUPLICATE Row 6 has the same CRN");
  expect(result.stdout).toContain("Nothing written");
  for (const secret of ["Fergus", "Hywel", "Importer", "1984-06-01"]) expect(result.stdout + result.stderr).not.toContain(secret);
  // The clean rows were not written: a dry run of them alone still creates them.
  const clean = run("docs/import/people-with-problems.csv", "--kind", "people", "--dry-run");
  expect(clean.stdout).toContain("2 created");
}, 60_000);
