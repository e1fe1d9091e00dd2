import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../../src/config.js";
import { prepareDatabase } from "../../src/db/bootstrap.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { startApp } from "../../src/server.js";
import { signDevToken } from "../../src/shared/auth/jwt.js";
import type { Role } from "../../src/shared/auth/roles.js";
import { fixedClock } from "../../src/shared/clock.js";
import { createLogger } from "../../src/shared/logger.js";
import { openTestDatabase } from "./database.js";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: ExecutionResult["errors"];
  body: ExecutionResult<T>;
}

export interface TestServer {
  url: string;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  token(roles: Role | Role[], sub?: string, extra?: { name?: string; org?: string }): Promise<string>;
  /** Sends an operation over HTTP, as a client would. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
    token?: string | null,
  ): Promise<GraphQLResponse<TResult>>;
  /** Like request, but fails the test on any GraphQL error. */
  query<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables> | string, variables: TVariables, token: string): Promise<TResult>;
  close(): Promise<void>;
}

/** The real server over HTTP on a port of its own, with a database of its own and a fixed clock. */
export async function startTestServer(options: { now?: string } = {}): Promise<TestServer> {
  const database = await openTestDatabase();
  await prepareDatabase(database);
  const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent" });
  const clock = fixedClock(options.now ?? "2026-06-01T12:00:00Z");
  const app = await startApp({ config, database, logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), clock }, 0, "127.0.0.1");

  const token: TestServer["token"] = (roles, sub, extra) => {
    const list = Array.isArray(roles) ? roles : [roles];
    return signDevToken(config.auth, { sub: sub ?? `${list[0]!.toLowerCase()}-user`, roles: list, ...extra });
  };

  const request: TestServer["request"] = async (document, variables, bearer) => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
    });
    const body = (await response.json()) as ExecutionResult<never>;
    return { status: response.status, data: body.data, errors: body.errors, body };
  };

  return {
    url: app.url,
    database,
    clock,
    token,
    request,
    async query(document, variables, bearer) {
      const result = await request(document, variables, bearer);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    async close() {
      await app.stop();
      await database.close();
    },
  };
}
