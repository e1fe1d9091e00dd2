// Compiles only when a source is newer than the last build, so `npm start` and `npm run token`
// answer at once when nothing changed (tsc's own incremental check still reads every file: ~5 s).
// Plain JavaScript: it runs before there is anything compiled.
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const STAMP = "dist/.tsbuildinfo";
const SOURCES = ["src", "client", "bench", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

/** The latest change under a path: a file's mtime, or a folder's (adding or removing a file changes it) and its contents'. */
function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newestChange(join(path, entry))), stat.mtimeMs);
}

const builtAt = existsSync(STAMP) ? statSync(STAMP).mtimeMs : -Infinity;
if (SOURCES.filter((path) => existsSync(path)).every((path) => newestChange(path) <= builtAt)) process.exit(0);

const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// tsc leaves its build info untouched when nothing it compiles changed; the stamp must still move on.
const now = new Date();
utimesSync(STAMP, now, now);
