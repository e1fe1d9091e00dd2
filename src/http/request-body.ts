import type http from "node:http";

/** Why a body was refused before GraphQL saw it, with the status and code to answer. */
export class BodyRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: "PAYLOAD_TOO_LARGE" | "BAD_REQUEST",
    message: string,
  ) {
    super(message);
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * The parsed JSON body of a request, or undefined when it is not sent as JSON (Apollo then answers
 * as it does for such requests). Bodies are read up to `limit` bytes: a larger one is refused as soon
 * as its length is known, before it is read. Only UTF-8 and uncompressed bodies are taken.
 */
export async function readJsonBody(request: http.IncomingMessage, limit: number): Promise<unknown> {
  const [type = "", ...parameters] = (request.headers["content-type"] ?? "").split(";").map((part) => part.trim());
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  if (!JSON_TYPE.test(type)) return undefined;
  const charset = parameters.find((p) => /^charset=/i.test(p))?.slice(8).replace(/"/g, "").toLowerCase();
  const encoding = (request.headers["content-encoding"] ?? "identity").toLowerCase();
  if ((charset && charset !== "utf-8" && charset !== "utf8") || encoding !== "identity") {
    throw new BodyRefused(415, "BAD_REQUEST", "The request body must be uncompressed UTF-8 JSON");
  }
  const text = Buffer.concat(chunks, size).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyRefused(400, "BAD_REQUEST", "The request body is not valid JSON");
  }
}

const tooLarge = (limit: number) => new BodyRefused(413, "PAYLOAD_TOO_LARGE", `The request body is over ${Math.round(limit / 1024)} KB`);
