import { createClient, type FormattedExecutionResult } from "graphql-ws";
import WebSocket from "ws";

/** One subscription as a client sees it: what arrived, and how it ended. */
export interface LiveSubscription<T> {
  /** Every result received (data or errors), in order. */
  readonly results: FormattedExecutionResult<T, unknown>[];
  /** Set when it ended in error: the GraphQL errors, or the socket's close event (with `code`). */
  readonly failure: unknown;
  readonly ended: boolean;
  /** Resolves with the results once at least `count` have arrived; fails after `timeoutMs`. */
  received(count: number, timeoutMs?: number): Promise<FormattedExecutionResult<T, unknown>[]>;
  /** Resolves once the server has completed or failed the subscription; fails after `timeoutMs`. */
  settled(timeoutMs?: number): Promise<void>;
}

/** How the server closed a socket. */
export interface Closed {
  code: number;
  reason: string;
}

export interface SubscriptionClient {
  subscribe<T>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /**
   * Resolves when the server has acknowledged the connection and had a moment to set up the
   * subscriptions sent on it (graphql-ws does not acknowledge a subscribe message).
   */
  ready(): Promise<void>;
  /** Whether the server acknowledged the connection (connection_ack). */
  readonly acknowledged: boolean;
  /** Resolves when the socket is closed (by the server, or by dispose); fails after `timeoutMs`. */
  closed(timeoutMs?: number): Promise<Closed>;
  dispose(): Promise<void>;
}

/** The `extensions.code`s of what a subscription ended with, or of its first result. */
export function codesOf(live: LiveSubscription<unknown>): unknown[] {
  const errors = Array.isArray(live.failure) ? (live.failure as { extensions?: Record<string, unknown> }[]) : (live.results[0]?.errors ?? []);
  return errors.map((error) => error.extensions?.["code"]);
}

/** The errors a subscription ended with (or its first result's), as the client received them. */
export function errorsOf(live: LiveSubscription<unknown>): { message: string; extensions?: Record<string, unknown> }[] {
  return Array.isArray(live.failure) ? (live.failure as { message: string; extensions?: Record<string, unknown> }[]) : [...(live.results[0]?.errors ?? [])];
}

/**
 * A graphql-ws client on the test server's /graphql, as a support worker's app would connect: the
 * token and stated purpose go in the connection parameters. It does not retry, so a refused
 * connection ends its subscriptions with the close event.
 */
export function subscriptionClient(httpUrl: string, params: { token?: string; purpose?: string; headers?: Record<string, string> }): SubscriptionClient {
  let acknowledged: () => void;
  const connected = new Promise<void>((resolve) => (acknowledged = resolve));
  let wasAcknowledged = false;
  let closedWith: Closed | null = null;
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    // Headers on the upgrade request, as a server-side client can send them (browsers cannot).
    webSocketImpl: params.headers
      ? class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: params.headers });
          }
        }
      : WebSocket,
    connectionParams: {
      ...(params.token ? { authorization: `Bearer ${params.token}` } : {}),
      ...(params.purpose ? { accessPurpose: params.purpose } : {}),
    },
    retryAttempts: 0,
    on: {
      connected: () => {
        wasAcknowledged = true;
        acknowledged();
      },
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closedWith ??= { code, reason: String(reason) };
      },
    },
  });

  return {
    subscribe<T>(query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
      const state = { results: [] as FormattedExecutionResult<T, unknown>[], failure: undefined as unknown, ended: false };
      client.subscribe<T>(
        { query, ...(variables ? { variables } : {}) },
        {
          next: (result) => void state.results.push(result),
          error: (error) => {
            state.failure = error;
            state.ended = true;
          },
          complete: () => void (state.ended = true),
        },
      );
      return {
        get results() {
          return state.results;
        },
        get failure() {
          return state.failure;
        },
        get ended() {
          return state.ended;
        },
        async received(count, timeoutMs = 10_000) {
          await until(() => state.results.length >= count, timeoutMs, `${count} result(s) (got ${state.results.length})`);
          return state.results;
        },
        settled: (timeoutMs = 5_000) => until(() => state.ended, timeoutMs, "the subscription to end"),
      };
    },
    async ready() {
      await connected;
      // graphql-ws does not acknowledge a subscription; give the server time to start listening, with room for a loaded CI machine.
      await sleep(1_000);
    },
    get acknowledged() {
      return wasAcknowledged;
    },
    async closed(timeoutMs = 5_000) {
      await until(() => closedWith !== null, timeoutMs, "the socket to close");
      return closedWith!;
    },
    async dispose() {
      await client.dispose();
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}
