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

/**
 * Starts the built server (`node dist/src/main.js`, as `npm start` does after building) in its own
 * process, so its latency and memory are its own, and waits for its first GraphQL answer.
 */
export async function startServerProcess(env: Record<string, string>, token: string): Promise<ServerProcess> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/server-profile" to see where the server spends its time.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "dist/src/main.js"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`server exited with code ${code} before answering`))));
  const firstAnswer = (async () => {
    for (;;) {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ programmes { code } }" }),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  await Promise.race([firstAnswer, exited]);
  const firstAnswerMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    url,
    pid: child.pid!,
    firstAnswerMs: Math.round(firstAnswerMs),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/**
 * Starts the PostGraphile-style baseline (bench/json-baseline-server.ts) in its own process, and
 * waits until it answers `{ __typename }`.
 */
export async function startBaselineProcess(env: Record<string, string>, token: string): Promise<ServerProcess> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, ["dist/bench/json-baseline-server.js"], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`baseline exited with code ${code} before answering`))));
  const ready = (async () => {
    for (;;) {
      try {
        const response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: `{"scenario":"typename"}` });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url,
    pid: child.pid!,
    firstAnswerMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
