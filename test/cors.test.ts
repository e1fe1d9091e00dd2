import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/**
 * CORS for browser clients of /graphql: only the origins in CORS_ORIGINS get CORS headers; any other
 * origin, and every origin when the list is empty, gets none, as before CORS existed. Apollo's CSRF
 * prevention still stands in front of the API for simple requests from an allowed origin.
 */

const SECRET = "cors-test-secret-at-least-32-characters-long";
const ALLOWED = "https://case-app.example.gov.uk";
const ALSO_ALLOWED = "http://localhost:3000";
const OTHER = "https://evil.example";
const TYPENAME = JSON.stringify({ query: "{ __typename }" });

let withCors: ConfiguredServer;
let withoutCors: ConfiguredServer;
let token: string;

beforeAll(async () => {
  withCors = await startConfiguredServer({ JWT_SECRET: SECRET, CORS_ORIGINS: ` ${ALLOWED}, ${ALSO_ALLOWED} ` });
  withoutCors = await startConfiguredServer({ JWT_SECRET: SECRET });
  token = await withCors.token("cors-client");
}, 120_000);
afterAll(async () => {
  await withCors?.close();
  await withoutCors?.close();
});

function preflight(server: ConfiguredServer, origin: string) {
  return fetch(server.app.url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,x-access-purpose" },
  });
}

function post(server: ConfiguredServer, origin: string) {
  return fetch(server.app.url, { method: "POST", headers: { origin, "content-type": "application/json", authorization: `Bearer ${token}` }, body: TYPENAME });
}

const corsHeadersOf = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("an allowed origin", () => {
  it.each([ALLOWED, ALSO_ALLOWED])("gets its preflight from %s answered 204 with the methods, headers and max-age", async (origin) => {
    const response = await preflight(withCors, origin);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization,content-type,x-request-id,x-access-purpose,apollo-require-preflight");
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("vary")).toMatch(/Origin/);
    // Tokens go in the Authorization header: cookies are never invited.
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("gets the answer with its origin allowed and the request id readable", async () => {
    const response = await post(withCors, ALLOWED);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id,retry-after");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is still held to Apollo's CSRF prevention: a GET without a preflight header is refused", async () => {
    const url = `${withCors.app.url}?query=${encodeURIComponent("{ __typename }")}`;
    const simple = await fetch(url, { headers: { origin: ALLOWED, authorization: `Bearer ${token}` } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(url, { headers: { origin: ALLOWED, authorization: `Bearer ${token}`, "apollo-require-preflight": "1" } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("is compared exactly: a different scheme, port, case or a trailing slash is another origin", async () => {
    for (const origin of ["http://case-app.example.gov.uk", "https://case-app.example.gov.uk:8443", "https://CASE-APP.example.gov.uk", `${ALLOWED}/`, "null"]) {
      expect(corsHeadersOf(await preflight(withCors, origin)), origin).toEqual([]);
    }
  });
});

describe("an origin not on the list", () => {
  it("gets no CORS header on its preflight, which is answered as without CORS", async () => {
    const refused = await preflight(withCors, OTHER);
    expect(corsHeadersOf(refused)).toEqual([]);
    const without = await preflight(withoutCors, OTHER);
    expect(refused.status).toBe(without.status);
    expect(refused.status).not.toBe(204);
    expect(await refused.text()).toBe(await without.text());
  });

  it("gets no CORS header on a request (the browser then withholds the answer)", async () => {
    const response = await post(withCors, OTHER);
    expect(corsHeadersOf(response)).toEqual([]);
  });

  it("leaves the other endpoints without CORS", async () => {
    for (const pathname of ["/healthz", "/health/readiness", "/info"]) {
      const response = await fetch(new URL(pathname, withCors.app.url), { headers: { origin: ALLOWED } });
      expect(corsHeadersOf(response), pathname).toEqual([]);
    }
  });
});

describe("without CORS_ORIGINS", () => {
  it("sends no CORS header to any origin, on preflights or requests", async () => {
    for (const origin of [ALLOWED, OTHER]) {
      const options = await preflight(withoutCors, origin);
      expect(corsHeadersOf(options), origin).toEqual([]);
      expect(options.headers.get("vary")).toBeNull();
      const response = await post(withoutCors, origin);
      expect(response.status).toBe(200);
      expect(corsHeadersOf(response), origin).toEqual([]);
    }
  });
});

describe("CORS_ORIGINS", () => {
  it.each(["*", "https://app.example/", "https://app.example/path", "app.example", "ftp://app.example", `${ALLOWED},https://*.example`])(
    "refuses %s at start-up, naming the variable",
    (value) => {
      const environment = { JWT_SECRET: SECRET, CORS_ORIGINS: value };
      expect(() => loadConfig(environment)).toThrow(ConfigError);
      expect(() => loadConfig(environment)).toThrow(/CORS_ORIGINS: ".*" is not an origin/);
    },
  );

  it("reads an empty value as no CORS", () => {
    expect(loadConfig({ JWT_SECRET: SECRET, CORS_ORIGINS: " , " }).corsOrigins).toEqual([]);
  });
});
