import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface LoadResult {
  connections: number;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, connection errors and answers carrying GraphQL errors. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** A fixed body, or one built per request from the connection's own context. */
  body: string | ((context: Record<string, unknown>) => string);
  /** Rewrites each request (headers too) from the connection's own context; overrides `body`. */
  setup?: (request: autocannon.Request, context: Record<string, unknown>) => autocannon.Request;
  onAnswer?: (body: string, context: Record<string, unknown>) => void;
}

/** Drives the real HTTP server with autocannon and reports latency percentiles (ms) and requests/s. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  const build = options.body;
  const result = await autocannon({
    url: options.url,
    method: "POST",
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { "content-type": "application/json", ...options.headers },
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) =>
          options.setup
            ? options.setup(request, context as Record<string, unknown>)
            : { ...request, body: typeof build === "string" ? build : build(context as Record<string, unknown>) },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
          options.onAnswer?.(body, context as Record<string, unknown>);
        },
      },
    ],
  });
  return {
    connections: options.connections,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + graphqlErrors,
  };
}

export interface Timing {
  runs: number;
  p50: number;
  p99: number;
}

/** Runs `once` sequentially (one connection), after a warm-up, and reports percentiles in ms. */
export async function time(once: () => Promise<unknown>, runs: number, warmUp = Math.min(20, runs)): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { runs, p50: round(at(0.5)), p99: round(at(0.99)) };
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS while `during` runs and answers the highest value seen. */
export async function peakRss<T>(pid: number, during: () => Promise<T>): Promise<{ value: T; peakMb: number | null }> {
  let peak: number | null = rssMb(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 100);
  try {
    return { value: await during(), peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

export const round = (n: number) => Math.round(n * 100) / 100;
