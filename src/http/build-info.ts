import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What /info tells about the running build (HMPPS's shape): nothing secret, no configuration. */
export interface BuildInfo {
  name: string;
  version: string;
  commit: string;
}

const UNKNOWN = "unknown";
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Read once at start, from the package.json above this file (in src/ or dist/src/ alike) and, without
 * GIT_COMMIT, the checkout's .git directory, without spawning git. Anything unreadable is "unknown":
 * /info must never stop the server from starting.
 */
export function readBuildInfo(gitCommit: string | null, from = path.dirname(fileURLToPath(import.meta.url))): BuildInfo {
  const root = projectRoot(from);
  const pkg = root ? readPackage(path.join(root, "package.json")) : null;
  return {
    name: pkg?.name ?? UNKNOWN,
    version: pkg?.version ?? UNKNOWN,
    commit: gitCommit ?? (root ? commitOfCheckout(root) : null) ?? UNKNOWN,
  };
}

function projectRoot(start: string): string | null {
  for (let dir = start, depth = 0; depth < 6; dir = path.dirname(dir), depth++) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return null;
}

function readPackage(file: string): { name?: string; version?: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    return {
      ...(typeof parsed.name === "string" ? { name: parsed.name } : {}),
      ...(typeof parsed.version === "string" ? { version: parsed.version } : {}),
    };
  } catch {
    return null;
  }
}

/** HEAD, then the branch it names: a loose ref file or a line of packed-refs (worktrees included). */
export function commitOfCheckout(root: string): string | null {
  try {
    const gitDir = gitDirectoryOf(root);
    if (!gitDir) return null;
    const head = readFileSync(path.join(gitDir, "HEAD"), "utf8").trim();
    if (COMMIT_ID.test(head)) return head;
    const ref = /^ref: (refs\/[\w./-]+)$/.exec(head)?.[1];
    if (!ref || ref.split("/").includes("..")) return null;
    const commonDir = commonDirectoryOf(gitDir);
    for (const dir of new Set([gitDir, commonDir])) {
      const loose = path.join(dir, ref);
      if (existsSync(loose)) {
        const id = readFileSync(loose, "utf8").trim();
        return COMMIT_ID.test(id) ? id : null;
      }
    }
    const packed = path.join(commonDir, "packed-refs");
    if (!existsSync(packed)) return null;
    for (const line of readFileSync(packed, "utf8").split("\n")) {
      const [id, name] = line.trim().split(" ");
      if (name === ref && id && COMMIT_ID.test(id)) return id;
    }
    return null;
  } catch {
    return null;
  }
}

/** `.git` is a directory, or (a worktree, a submodule) a file saying `gitdir: <path>`. */
function gitDirectoryOf(root: string): string | null {
  const dotGit = path.join(root, ".git");
  if (!existsSync(dotGit)) return null;
  if (statSync(dotGit).isDirectory()) return dotGit;
  const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
  return pointer ? path.resolve(root, pointer) : null;
}

/** A worktree keeps its own HEAD but shares the main repository's refs, named in its `commondir` file. */
function commonDirectoryOf(gitDir: string): string {
  const file = path.join(gitDir, "commondir");
  return existsSync(file) ? path.resolve(gitDir, readFileSync(file, "utf8").trim()) : gitDir;
}
