import http from "node:http";
import { jwtVerify } from "jose";
import postgres from "postgres";
import { READ_SCENARIOS } from "./scenarios.js";

/**
 * The generic alternative, as PostGraphile serves a read: bare Node HTTP, its own HS256 check of the
 * bearer token on every request (no cache), and one statement per request in which PostgreSQL builds
 * the whole answer as JSON text, written to the socket as it comes. No access checks and no audit.
 * Run in a process of its own (like the API) so the two are measured alike:
 *   DATABASE_URL=… JWT_SECRET=… PORT=… node dist/bench/json-baseline-server.js
 * POST / with `{ "scenario": name, "params": [...] }`; `{ "scenario": "typename" }` is `{ __typename }`.
 */
const url = process.env.DATABASE_URL;
const secret = process.env.JWT_SECRET;
if (!url || !secret) throw new Error("DATABASE_URL and JWT_SECRET are needed");
const sql = postgres(url, { max: 10, onnotice: () => {} });
const key = new TextEncoder().encode(secret);

/** Each scenario's baseline as one JSON document built by PostgreSQL. */
const statements = new Map(READ_SCENARIOS.map((scenario) => [scenario.name, `select coalesce(json_agg(t), '[]')::text as data from (${scenario.raw.text}) t`]));

function send(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
      if (!token) return send(response, 401, `{"errors":[{"message":"no token"}]}`);
      try {
        await jwtVerify(token, key, { algorithms: ["HS256"] });
      } catch {
        return send(response, 401, `{"errors":[{"message":"bad token"}]}`);
      }
      const { scenario, params } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { scenario: string; params?: unknown[] };
      if (scenario === "typename") return send(response, 200, `{"data":{"__typename":"Query"}}`);
      const text = statements.get(scenario);
      if (!text) return send(response, 400, `{"errors":[{"message":"unknown scenario"}]}`);
      const [row] = await sql.unsafe(text, (params ?? []) as never[], { prepare: true });
      send(response, 200, `{"data":${(row as unknown as { data: string }).data}}`);
    } catch (error) {
      send(response, 500, JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => void sql.end({ timeout: 1 }).then(() => process.exit(0))));
