import type http from "node:http";
import type { Registry } from "prom-client";
import type { Readiness } from "../shared/operations/readiness.js";
import type { BuildInfo } from "./build-info.js";
import { refusal, writeJson } from "./json-answer.js";

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface OperationsEndpoints {
  readiness(): Promise<Readiness>;
  metrics: Registry;
  build: BuildInfo;
}

/**
 * The endpoints a platform probes, each under our own path and the one HMPPS's templates use
 * (`/health/liveness`, `/health/readiness`, `/info`). Two paths name one handler, so the answers
 * cannot drift apart.
 */
export function operationsRoutes({ readiness, metrics, build }: OperationsEndpoints): ReadonlyMap<string, Route> {
  const liveness: Route = (_request, response) => writeJson(response, 200, { status: "ok" });
  const ready: Route = (_request, response) => {
    void readiness().then((state) => writeJson(response, state.ready ? 200 : 503, { status: state.ready ? "ready" : "not ready", ...state }));
  };
  const info: Route = (_request, response) =>
    writeJson(response, 200, {
      build: { name: build.name, version: build.version, artifact: build.name },
      git: { commit: { id: build.commit } },
      node: process.version,
      uptimeSeconds: Math.floor(process.uptime()),
    });
  const prometheus: Route = (_request, response) => {
    metrics
      .metrics()
      .then((text) => {
        response.writeHead(200, { "content-type": metrics.contentType });
        response.end(text);
      })
      .catch(() => writeJson(response, 500, refusal("INTERNAL_SERVER_ERROR", "Metrics are unavailable")));
  };
  return new Map([
    ["/healthz", liveness],
    ["/health/liveness", liveness],
    ["/readyz", ready],
    ["/health/readiness", ready],
    ["/info", info],
    ["/metrics", prometheus],
  ]);
}
