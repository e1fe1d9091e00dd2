import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first answered GraphQL request. */
  firstAnswerMs: number;
  stop(): Promise<void>;
}

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Launch {
  /** Who it is, for the error when it exits before answering. */
  name: string;
  args: string[];
  env: Record<string, string>;
  /** The URL it answers on, given its port. */
  url(port: number): string;
  /** One request that answers 2xx once it is ready. */
  probe: { body: string; headers: Record<string, string> };
  /** How long `stop` waits after SIGTERM before SIGKILL. */
  killAfterMs: number;
}

/** Spawns a server on a free port and waits for its first successful answer to `probe`. */
async function spawnAndWait(launch: Launch): Promise<ServerProcess> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, launch.args, {
    env: { ...process.env, ...launch.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = launch.url(port);
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`${launch.name} exited with code ${code} before answering`))));
  const firstAnswer = (async () => {
    for (;;) {
      try {
        const response = await fetch(url, { method: "POST", headers: launch.probe.headers, body: launch.probe.body });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  await Promise.race([firstAnswer, exited]);
  return {
    url,
    pid: child.pid!,
    firstAnswerMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), launch.killAfterMs).unref();
      }),
  };
}

/**
 * Starts the built server (`node dist/src/main.js`, as `npm start` does after building) in its own
 * process, so its latency and memory are its own, and waits for its first GraphQL answer.
 */
export function startServerProcess(env: Record<string, string>, token: string): Promise<ServerProcess> {
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/server-profile" to see where the server spends its time.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  return spawnAndWait({
    name: "server",
    args: [...nodeArgs, "dist/src/main.js"],
    env: { ...env, HOST: "127.0.0.1" },
    url: (port) => `http://127.0.0.1:${port}/graphql`,
    probe: { headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{ programmes { code } }" }) },
    killAfterMs: 10_000,
  });
}

/**
 * Starts the PostGraphile-style baseline (bench/json-baseline-server.ts) in its own process, and
 * waits until it answers `{ __typename }`.
 */
export function startBaselineProcess(env: Record<string, string>, token: string): Promise<ServerProcess> {
  return spawnAndWait({
    name: "baseline",
    args: ["dist/bench/json-baseline-server.js"],
    env,
    url: (port) => `http://127.0.0.1:${port}/`,
    probe: { headers: { authorization: `Bearer ${token}` }, body: `{"scenario":"typename"}` },
    killAfterMs: 5_000,
  });
}
