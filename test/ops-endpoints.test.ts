import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { commitOfCheckout } from "../src/http/build-info.js";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/**
 * The operations endpoints, under our paths and HMPPS's: the liveness and readiness probes answer
 * alike under both, and /info tells which build runs, in HMPPS's shape, with nothing secret in it.
 */

const SECRET = "ops-endpoints-secret-at-least-32-characters-long";
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const PACKAGE = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };

/** The checkout's HEAD as git reports it, or "unknown" outside a checkout (an unpacked archive). */
function gitHead(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: path.dirname(new URL(import.meta.url).pathname), encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

let server: ConfiguredServer;
let fromCheckout: ConfiguredServer;
let headAtStart: string;

beforeAll(async () => {
  headAtStart = gitHead();
  server = await startConfiguredServer({ JWT_SECRET: SECRET, GIT_COMMIT: COMMIT });
  fromCheckout = await startConfiguredServer({ JWT_SECRET: SECRET });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await fromCheckout?.close();
});

const at = (running: ConfiguredServer, pathname: string) => new URL(pathname, running.app.url).toString();
async function get(running: ConfiguredServer, pathname: string, method = "GET") {
  const response = await fetch(at(running, pathname), { method });
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
}

describe("liveness and readiness", () => {
  it("answers /health/liveness exactly as /healthz: 200 while the process runs", async () => {
    const liveness = await get(server, "/health/liveness");
    expect(liveness).toEqual({ status: 200, type: "application/json; charset=utf-8", body: { status: "ok" } });
    expect(await get(server, "/healthz")).toEqual(liveness);
  });

  it("answers /health/readiness exactly as /readyz, naming each check", async () => {
    const readiness = await get(server, "/health/readiness");
    expect(readiness).toEqual({
      status: 200,
      type: "application/json; charset=utf-8",
      body: { status: "ready", ready: true, database: "reachable", migrations: "applied", shuttingDown: false },
    });
    expect(await get(server, "/readyz")).toEqual(readiness);
  });

  it("refuses other methods on them as before, with 404", async () => {
    for (const pathname of ["/health/liveness", "/health/readiness", "/info"]) {
      const response = await fetch(at(server, pathname), { method: "POST" });
      expect(response.status, pathname).toBe(404);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("NOT_FOUND");
    }
    expect((await fetch(at(server, "/health"))).status).toBe(404);
  });
});

describe("/info", () => {
  it("names the build, its version, the commit from GIT_COMMIT, the Node version and the uptime", async () => {
    const info = await get(server, "/info");
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      build: { name: PACKAGE.name, version: PACKAGE.version, artifact: PACKAGE.name },
      git: { commit: { id: COMMIT } },
      node: process.version,
      uptimeSeconds: expect.any(Number),
    });
    expect(info.body["uptimeSeconds"]).toBeGreaterThanOrEqual(0);
  });

  it("without GIT_COMMIT, reads the commit from the checkout (or says unknown outside one)", async () => {
    const { id } = ((await get(fromCheckout, "/info")).body["git"] as { commit: { id: string } }).commit;
    // Read once at start: a commit made while the server runs is not seen, so either HEAD is right.
    expect([headAtStart, gitHead()]).toContain(id);
  });

  it("holds no secret and no configuration", async () => {
    const text = JSON.stringify((await get(server, "/info")).body);
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/secret|database|postgres|jwt|port/i);
  });

  it("refuses a GIT_COMMIT that is not a commit id, naming the variable", () => {
    const environment = { JWT_SECRET: SECRET, GIT_COMMIT: "main; rm -rf /" };
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(/GIT_COMMIT: must be a commit id/);
  });
});

describe("reading the commit from a .git directory", () => {
  const A = "a".repeat(40);
  const B = "b".repeat(40);
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "build-info-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A checkout at `name` whose .git holds the given files. */
  function checkout(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, ".git", file)), { recursive: true });
      writeFileSync(path.join(dir, ".git", file), text);
    }
    return dir;
  }

  it.each([
    ["a branch in a loose ref file", { HEAD: "ref: refs/heads/main\n", "refs/heads/main": `${A}\n` }, A],
    ["a branch in packed-refs", { HEAD: "ref: refs/heads/release\n", "packed-refs": `# pack-refs with: peeled\n${B} refs/heads/release\n${A} refs/heads/main\n` }, B],
    ["a detached HEAD", { HEAD: `${A}\n` }, A],
    ["a branch named nowhere", { HEAD: "ref: refs/heads/gone\n" }, null],
    ["a HEAD pointing outside refs/", { HEAD: "ref: ../../etc/passwd\n" }, null],
    ["a ref that climbs out of .git", { HEAD: "ref: refs/../../secret\n", secret: `${A}\n` }, null],
    ["a ref file that is not a commit id", { HEAD: "ref: refs/heads/main\n", "refs/heads/main": "hello\n" }, null],
    ["no HEAD at all", { config: "" }, null],
  ])("reads %s", (name, files, expected) => {
    expect(commitOfCheckout(checkout(name.replace(/\W+/g, "-"), files))).toBe(expected);
  });

  it("follows a worktree's .git file to its own HEAD and the shared refs", () => {
    const main = checkout("main-repo", { HEAD: "ref: refs/heads/main\n", "refs/heads/main": `${A}\n`, "packed-refs": `${B} refs/heads/feature\n` });
    const gitDir = path.join(main, ".git", "worktrees", "feature");
    mkdirSync(gitDir, { recursive: true });
    writeFileSync(path.join(gitDir, "HEAD"), "ref: refs/heads/feature\n");
    writeFileSync(path.join(gitDir, "commondir"), "../..\n");
    const worktree = path.join(root, "feature-worktree");
    mkdirSync(worktree);
    writeFileSync(path.join(worktree, ".git"), `gitdir: ${gitDir}\n`);
    expect(commitOfCheckout(worktree)).toBe(B);
  });

  it("answers null where there is no .git", () => {
    expect(commitOfCheckout(path.join(root, "nowhere"))).toBeNull();
  });
});

describe("while shutting down", () => {
  it("answers 503 under both readiness paths alike, saying why, while liveness stays 200", async () => {
    fromCheckout.app.beginShutdown();
    const readiness = await get(fromCheckout, "/health/readiness");
    expect(readiness.status).toBe(503);
    expect(readiness.body).toEqual({ status: "not ready", ready: false, database: "reachable", migrations: "applied", shuttingDown: true });
    expect(await get(fromCheckout, "/readyz")).toEqual(readiness);
    expect((await get(fromCheckout, "/health/liveness")).status).toBe(200);
  });
});
