import type http from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from "@apollo/server";
import { refusal, writeJson } from "./json-answer.js";
import { BodyRefused, readJsonBody } from "./request-body.js";

/**
 * Apollo Server on Node's own HTTP, through its `executeHTTPGraphQLRequest`: what the express
 * integration does, without express's router, its body parser and its response helpers, which were
 * about a third of the CPU of a small request.
 */
export function apolloHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: {
    bodyLimitBytes: number;
    context(request: http.IncomingMessage, requestId: string): Promise<TContext>;
    onUnexpected(error: unknown, response: http.ServerResponse, requestId: string): void;
  },
) {
  return async (request: http.IncomingMessage, response: http.ServerResponse, search: string, requestId: string): Promise<void> => {
    let body: unknown;
    try {
      body = request.method === "POST" ? await readJsonBody(request, options.bodyLimitBytes) : undefined;
    } catch (error) {
      if (!(error instanceof BodyRefused)) return options.onUnexpected(error, response, requestId);
      writeJson(response, error.status, refusal(error.code, error.message), { connection: "close" });
      request.resume();
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    try {
      const context: ContextThunk<TContext> = () => options.context(request, requestId);
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (request.method ?? "GET").toUpperCase(), headers, search, body },
        context,
      });
      for (const [key, value] of answer.headers) response.setHeader(key, value);
      response.statusCode = answer.status ?? 200;
      if (answer.body.kind === "complete") {
        response.setHeader("content-length", Buffer.byteLength(answer.body.string));
        response.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) response.write(chunk);
      response.end();
    } catch (error) {
      options.onUnexpected(error, response, requestId);
    }
  };
}
