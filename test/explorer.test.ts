import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/**
 * The GraphQL explorer (Altair) is served from the altair-static package, so it works with no
 * internet: its page names no http(s) script or stylesheet, and every file it names is served here,
 * with its content type. Nothing outside the package's files can be reached. With introspection off
 * (production) there is no explorer at all.
 */

const SECRET = "explorer-test-secret-at-least-32-characters";
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

let explorer: ConfiguredServer;
let production: ConfiguredServer;

beforeAll(async () => {
  explorer = await startConfiguredServer({ JWT_SECRET: SECRET, INTROSPECTION: "true" });
  production = await startConfiguredServer({ JWT_SECRET: SECRET });
}, 120_000);
afterAll(async () => {
  await explorer?.close();
  await production?.close();
});

/** A request with the path sent exactly as written: fetch would resolve `..` before sending it. */
function raw(server: ConfiguredServer, path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET") {
  const { port } = new URL(server.app.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end();
  });
}

/** Every src and href in the page. */
const linksOf = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);

describe("with introspection on", () => {
  it("serves the explorer page to a browser opening /graphql, and at /explorer", async () => {
    const fromGraphql = await raw(explorer, "/graphql", { accept: BROWSER_ACCEPT });
    expect(fromGraphql.status).toBe(200);
    expect(fromGraphql.headers["content-type"]).toBe("text/html; charset=utf-8");
    const html = fromGraphql.body.toString();
    expect(html).toContain("AltairGraphQL.init");
    expect(html).toContain("endpointURL: `/graphql`");
    expect((await raw(explorer, "/explorer", { accept: BROWSER_ACCEPT })).body.toString()).toBe(html);
  });

  it("names no script, stylesheet or other file on another host", async () => {
    const html = (await raw(explorer, "/explorer")).body.toString();
    expect(html).not.toMatch(/<(?:script|link)[^>]+(?:src|href)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/apollographql|cdn\.|unpkg|jsdelivr/i);
    expect(linksOf(html).filter((link) => /^(?:[a-z]+:)?\/\//i.test(link))).toEqual([]);
  });

  it("serves every file the page names, from under /explorer/, with its content type", async () => {
    const html = (await raw(explorer, "/explorer")).body.toString();
    expect(html).toContain('<base href="/explorer/">');
    const links = linksOf(html).filter((link) => link !== "/explorer/");
    expect(links).toEqual(expect.arrayContaining(["styles.css", "main.js", "polyfills.js", "favicon.ico"]));
    const expectedType = (link: string) =>
      link.endsWith(".js") ? "text/javascript; charset=utf-8" : link.endsWith(".css") ? "text/css; charset=utf-8" : link.endsWith(".svg") ? "image/svg+xml" : "image/x-icon";
    for (const link of links) {
      const file = await raw(explorer, `/explorer/${link}`);
      expect(file.status, link).toBe(200);
      expect(file.headers["content-type"], link).toBe(expectedType(link));
      expect(file.headers["x-content-type-options"], link).toBe("nosniff");
      expect(file.body.length, link).toBe(Number(file.headers["content-length"]));
      expect(file.body.length, link).toBeGreaterThan(0);
    }
  });

  it("serves the sandbox frame sandboxed, and the translations as JSON", async () => {
    const frame = await raw(explorer, "/explorer/iframe-sandbox/index.html");
    expect(frame.status).toBe(200);
    expect(frame.headers["content-security-policy"]).toBe("sandbox allow-scripts");
    // What Altair fetches to decide that the sandbox is served locally, not from altairgraphql.dev.
    const marker = await raw(explorer, "/explorer/iframe-sandbox/sandbox.png");
    expect([marker.status, marker.headers["content-type"]]).toEqual([200, "image/png"]);
    const english = await raw(explorer, "/explorer/assets/i18n/en-US.json");
    expect(english.status).toBe(200);
    expect(english.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it.each([
    "/explorer/../package.json",
    "/explorer/../../../../../../etc/passwd",
    "/explorer/%2e%2e/%2e%2e/package.json",
    "/explorer/..%2f..%2f..%2fpackage.json",
    "/explorer/assets/..%5c..%5c..%5cpackage.json",
    "/explorer//etc/passwd",
    "/explorer/%00main.js",
    "/explorer/main.js%00.png",
    "/explorer/assets",
    "/explorer/assets/",
    "/explorer/LICENSE",
    "/explorer/no-such-file.js",
  ])("answers 404 for %s, reading nothing outside the package's files", async (path) => {
    const answer = await raw(explorer, path);
    expect(answer.status).toBe(404);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(answer.body.toString()).not.toMatch(/root:|safeguard-graph|"dependencies"/);
  });

  it("refuses other methods on the explorer's files", async () => {
    expect((await raw(explorer, "/explorer/main.js", {}, "POST")).status).toBe(405);
  });

  it("leaves the API at /graphql to Apollo: JSON requests, and GETs carrying an operation", async () => {
    const token = await explorer.token("explorer-user");
    const posted = await fetch(explorer.app.url, {
      method: "POST",
      headers: { accept: BROWSER_ACCEPT, "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await posted.json()).toMatchObject({ data: { __typename: "Query" } });
    const got = await raw(explorer, `/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      accept: BROWSER_ACCEPT,
      authorization: `Bearer ${token}`,
      "apollo-require-preflight": "1",
    });
    expect(got.headers["content-type"]).toMatch(/^application\/(?:graphql-response\+)?json/);
    expect(JSON.parse(got.body.toString())).toMatchObject({ data: { __typename: "Query" } });
  });
});

describe("with introspection off (production)", () => {
  it("serves no explorer: /explorer and its files are 404", async () => {
    for (const path of ["/explorer", "/explorer/", "/explorer/main.js", "/explorer/styles.css"]) {
      expect((await raw(production, path, { accept: BROWSER_ACCEPT })).status, path).toBe(404);
    }
  });

  it("answers a browser at /graphql as Apollo does in production: no page, no landing page", async () => {
    const answer = await raw(production, "/graphql", { accept: BROWSER_ACCEPT });
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).not.toMatch(/text\/html/);
    expect(answer.body.toString()).not.toMatch(/altair|apollographql|<html/i);
  });
});
