import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { RequestContext } from "../../context.js";
import type { DatabaseHandle } from "../../db/client.js";

/** Operation names are chosen by clients: the first this many get a label of their own, the rest share "other". */
export const MAX_OPERATION_LABELS = 100;

/**
 * Prometheus metrics for one server: request duration by operation, errors by code, the database
 * pool, and Node's own (event loop, heap, GC). A registry per server, so tests can run several.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly labelled = new Set<string>();
  private readonly duration: Histogram<"operation" | "outcome">;
  private readonly errors: Counter<"code">;

  constructor(database: DatabaseHandle) {
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL requests by operation name (bounded) and outcome",
      labelNames: ["operation", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({ name: "graphql_errors_total", help: "GraphQL errors by code", labelNames: ["code"], registers: [this.registry] });
    new Gauge({
      name: "db_pool_max_connections",
      help: "Connections the database pool may open (1 for the embedded database)",
      registers: [this.registry],
      collect() {
        this.set(database.pool.max);
      },
    });
    new Gauge({
      name: "db_statements_in_flight",
      help: "SQL statements sent outside transactions and not yet answered (PostgreSQL)",
      registers: [this.registry],
      collect() {
        this.set(database.pool.inFlight());
      },
    });
    new Counter({
      name: "db_statements_total",
      help: "SQL statements issued",
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(database.pool.issued());
      },
    });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.labelled.has(name)) return name;
    if (this.labelled.size >= MAX_OPERATION_LABELS) return "other";
    this.labelled.add(name);
    return name;
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        let operation = "unparsed";
        return {
          didResolveOperation: async ({ operationName }) => {
            operation = this.operationLabel(operationName);
          },
          willSendResponse: async ({ response }) => {
            const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
            for (const error of errors) this.errors.inc({ code: String(error.extensions?.["code"] ?? "UNKNOWN") });
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.duration.observe({ operation, outcome: errors.length ? "error" : "ok" }, seconds);
          },
        };
      },
    };
  }
}
