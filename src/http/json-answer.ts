import type http from "node:http";
import type { ErrorCode } from "../shared/errors.js";

/** An answer for a request GraphQL never saw (a body that is not JSON, a route that does not exist), in GraphQL's shape. */
export const refusal = (code: ErrorCode, message: string) => ({ errors: [{ message, extensions: { code } }] });

export function writeJson(response: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}
