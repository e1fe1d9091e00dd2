import { createReadStream, readdirSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { getDistDirectory, isSandboxFrame, renderAltair, SANDBOX_FRAME_CSP } from "altair-static";
import { refusal, writeJson } from "./json-answer.js";

/** The explorer's page, and the prefix its files are served under (the page's `<base href>`). */
export const EXPLORER_PATH = "/explorer";
const ASSET_PREFIX = `${EXPLORER_PATH}/`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

export interface Explorer {
  /** True when the request was the explorer's (its page or a file of it) and has been answered. */
  handle(path: string, request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** The page, for a browser opening /graphql itself. */
  page(request: http.IncomingMessage, response: http.ServerResponse): void;
}

/**
 * Altair, a GraphQL IDE, served whole from the `altair-static` package: nothing is fetched from a CDN,
 * so it works on a network without the internet. Only files listed when the server starts can be
 * served, looked up by exact name, so no path a client sends (`..`, encoded or not) reaches the disk.
 */
export function createExplorer(graphqlPath: string): Explorer {
  const dist = getDistDirectory();
  const files = listFiles(dist);
  // Rendered once, from settings only: nothing a request sends is written into the page.
  const html = renderAltair({
    baseURL: ASSET_PREFIX,
    endpointURL: graphqlPath,
    initialSubscriptionRequestHandlerId: "graphql-ws",
    // Altair's cloud account, update checks and plugin downloads would reach the internet.
    disableAccount: true,
    initialSettings: { "alert.disableUpdateNotification": true, "plugin.list": [] },
  });
  const page: Explorer["page"] = (request, response) => {
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    response.end(request.method === "HEAD" ? undefined : html);
  };
  return {
    page,
    handle(requestPath, request, response) {
      if (requestPath !== EXPLORER_PATH && !requestPath.startsWith(ASSET_PREFIX)) return false;
      if (request.method !== "GET" && request.method !== "HEAD") {
        writeJson(response, 405, refusal("BAD_REQUEST", "The explorer is read with GET"), { allow: "GET, HEAD" });
      } else if (requestPath === EXPLORER_PATH || requestPath === ASSET_PREFIX) {
        page(request, response);
      } else {
        const name = requestPath.slice(ASSET_PREFIX.length);
        serveFile(name, files.get(name), request, response);
      }
      return true;
    },
  };
}

interface AssetFile {
  full: string;
  size: number;
}

/** Every file under the package's dist directory of a type we serve, by its path relative to it with `/` separators. */
function listFiles(root: string): ReadonlyMap<string, AssetFile> {
  const files = new Map<string, AssetFile>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && CONTENT_TYPES[path.extname(entry.name)]) {
        files.set(path.relative(root, full).split(path.sep).join("/"), { full, size: statSync(full).size });
      }
    }
  };
  walk(root);
  return files;
}

function serveFile(name: string, file: AssetFile | undefined, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (!file) return writeJson(response, 404, refusal("NOT_FOUND", "Not found"));
  const headers: http.OutgoingHttpHeaders = {
    "content-type": CONTENT_TYPES[path.extname(name)],
    "content-length": file.size,
    "cache-control": "public, max-age=3600",
    "x-content-type-options": "nosniff",
  };
  // Altair runs pre-request scripts in this frame; the package asks for it to be sandboxed.
  if (isSandboxFrame(name) && name.endsWith(".html")) headers["content-security-policy"] = SANDBOX_FRAME_CSP;
  response.writeHead(200, headers);
  if (request.method === "HEAD") return void response.end();
  createReadStream(file.full)
    .on("error", () => response.destroy())
    .pipe(response);
}

/**
 * A browser opening /graphql itself (as Apollo decided for its landing page): a GET that accepts HTML
 * and carries no operation. Anything else there is the API's.
 */
export function wantsExplorerPage(request: http.IncomingMessage, search: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (new URLSearchParams(search).has("query")) return false;
  return (request.headers.accept ?? "").includes("text/html");
}
