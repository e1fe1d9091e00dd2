import { z } from "zod";
import { parseRoleMapping, type RoleMapping } from "./shared/auth/role-claims.js";

/** Public (it is in the source): used only with NODE_ENV=development explicitly, and refused in production. */
export const DEV_JWT_SECRET = "safeguard-graph-dev-secret-not-for-production-use";

const booleanFromEnv = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

const environmentSchema = z
  .object({
    // Production when unset, so a deployment that forgets NODE_ENV fails closed (no dev secret, no introspection).
    NODE_ENV: z.enum(["development", "test", "production"]).default("production"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default("./.data"),
    SEED_DEMO: booleanFromEnv(true),
    JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
    JWKS_URL: z.string().url().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    JWT_MAX_LIFETIME_MINUTES: z.coerce.number().int().min(1).max(10_080).default(720),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    INTROSPECTION: booleanFromEnv(false).optional(),
    MARAC_ESCALATION_INCIDENTS: z.coerce.number().int().min(1).max(50).default(3),
    MARAC_ESCALATION_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
    ORDER_EXPIRY_CHECK_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
    // Retention periods (src/modules/retention/retention.rules.ts says where the defaults come from).
    RETENTION_PERPETRATOR_CASE_YEARS: z.coerce.number().int().min(1).max(100).default(7),
    RETENTION_VICTIM_YEARS: z.coerce.number().int().min(1).max(100).default(6),
    QUERY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    QUERY_MAX_TOKENS: z.coerce.number().int().min(50).max(100_000).default(2000),
    QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(30_000),
    RATE_LIMIT_BURST: z.coerce.number().int().min(0).default(60_000),
    RATE_LIMIT_REFILL_PER_SECOND: z.coerce.number().min(0).default(5_000),
    REQUEST_BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(256),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(25_000).default(0),
    WS_MAX_CONNECTIONS_PER_SUBJECT: z.coerce.number().int().min(1).max(1000).default(5),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1000).default(10),
    CURSOR_SECRET: z.string().min(32, "CURSOR_SECRET must be at least 32 characters").optional(),
    AUTH_ROLE_MAPPING: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === "") return null;
        const { mapping, problems } = parseRoleMapping(value);
        for (const problem of problems) ctx.addIssue({ code: "custom", message: problem });
        return mapping;
      }),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const origins = (value ?? "").split(",").map((origin) => origin.trim()).filter((origin) => origin !== "");
        for (const origin of origins.filter((origin) => !isExactOrigin(origin))) {
          ctx.addIssue({ code: "custom", message: `"${origin}" is not an origin: give scheme://host[:port] exactly, with no path, trailing slash or wildcard` });
        }
        return origins;
      }),
    // Events out (src/modules/events): unset EVENT_DELIVERY means on, except under NODE_ENV=test.
    EVENT_DELIVERY: booleanFromEnv(false).optional(),
    EVENT_DELIVERY_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
    EVENT_DELIVERY_BATCH: z.coerce.number().int().min(1).max(500).default(50),
    EVENT_DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    EVENT_DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    EVENT_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
    EVENT_DELIVERY_BACKOFF_BASE_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
    EVENT_DELIVERY_BACKOFF_CAP_MS: z.coerce.number().int().min(0).max(86_400_000).default(900_000),
    PUBLIC_URL: z.string().url().optional(),
    // Set by the build (a commit SHA); /info reads the checkout's .git when it is not.
    GIT_COMMIT: z
      .string()
      .regex(/^[0-9a-f]{7,64}$/i, "must be a commit id (7 to 64 hexadecimal digits)")
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.EVENT_DELIVERY_LEASE_SECONDS * 1000 <= env.EVENT_DELIVERY_TIMEOUT_MS) {
      ctx.addIssue({ code: "custom", path: ["EVENT_DELIVERY_LEASE_SECONDS"], message: "must be longer than EVENT_DELIVERY_TIMEOUT_MS, or a slow subscriber's delivery would be claimed twice while it is being sent" });
    }
    if (env.RATE_LIMIT_BURST > 0 && env.RATE_LIMIT_BURST < env.QUERY_MAX_COST) {
      ctx.addIssue({ code: "custom", path: ["RATE_LIMIT_BURST"], message: "must be 0 (off) or at least QUERY_MAX_COST, or an allowed query could never be served" });
    }
    if (env.NODE_ENV !== "development" && !env.JWT_SECRET && !env.JWKS_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["JWT_SECRET"],
        message: `NODE_ENV=${env.NODE_ENV} needs JWT_SECRET or JWKS_URL (NODE_ENV is production when unset; the development secret is used only with NODE_ENV=development)`,
      });
    }
    if (env.NODE_ENV === "production" && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "is the public development secret: production needs a secret of its own" });
    }
  });

/** `https://app.example:8443`, exactly as a browser sends it in Origin: CORS compares origins as strings. */
function isExactOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === origin && !origin.includes("*");
  } catch {
    return false;
  }
}

export interface Config {
  env: "development" | "test" | "production";
  port: number;
  host: string;
  database: { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string };
  seedDemo: boolean;
  auth: {
    /** HS256 shared secret; null when keys come from a JWKS endpoint only. */
    secret: string | null;
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
    /** The longest exp - iat (or exp - now without iat) a token may have; longer ones are refused. */
    maxLifetimeMinutes: number;
    /** True when tokens are signed and checked with DEV_JWT_SECRET (development only): main.ts warns. */
    usingDevSecret: boolean;
    /** How the `authorities` claim (HMPPS Auth) maps to API roles; null: `ROLE_X` grants X when X is an API role. */
    roleMapping: RoleMapping | null;
  };
  /** Browser origins allowed to call /graphql (CORS); empty: no CORS headers at all. */
  corsOrigins: readonly string[];
  /** The commit this build is from (GIT_COMMIT), for /info; null: read from the checkout, or "unknown". */
  gitCommit: string | null;
  logLevel: string;
  introspection: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    /** The most one operation may cost (see src/shared/limits/query-cost.ts). */
    maxCost: number;
    /** Per-subject token bucket in cost points; null when RATE_LIMIT_BURST is 0 (off). */
    rateLimit: { burst: number; refillPerSecond: number } | null;
    requestBodyLimitKb: number;
  };
  /** Longest a single SQL statement may run (PostgreSQL); 0 for no limit. */
  statementTimeoutMs: number;
  /** graphql-ws: open sockets per token subject (more are closed with 4429), subscriptions per socket (more are RATE_LIMITED). */
  webSocket: { maxConnectionsPerSubject: number; maxSubscriptionsPerConnection: number };
  /** On SIGTERM, how long to stay up reporting not-ready before draining (for load balancers to notice). */
  shutdownGraceMs: number;
  /**
   * What page cursors are sealed with (src/shared/cursor.ts): CURSOR_SECRET, else a key derived from
   * JWT_SECRET, else (JWKS only) a random key per process, so cursors do not survive a restart.
   */
  /** What page cursors' key is derived from (CURSOR_SECRET, else JWT_SECRET); null: a random key per process. */
  cursorSecret: string | null;
  victimSafety: {
    /** MARAC escalation: this many incidents between the pair within the window. */
    escalation: { threshold: number; windowMonths: number };
    /** How often to look for orders ending within 7 days; 0 turns the timer off. */
    orderExpiryCheckMinutes: number;
  };
  events: {
    /** Where this API is reached from outside: events' detailUrl starts with it (PUBLIC_URL, else http://localhost:PORT). */
    publicUrl: string;
    /** Whether this process runs a delivery worker (EVENT_DELIVERY; on unless NODE_ENV=test). */
    deliver: boolean;
    pollIntervalMs: number;
    batchSize: number;
    leaseSeconds: number;
    requestTimeoutMs: number;
    retry: { baseMs: number; capMs: number; maxAttempts: number };
  };
  /** Years a record is kept after its last activity, per kind, before it is due for review (retentionReview). */
  retention: { perpetratorCaseYears: number; victimYears: number };
}

export class ConfigError extends Error {}

/** The only reader of the environment: parsed once, typed, and failing fast with every problem listed. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  // Checked here as well as in the schema, so the fallback can never reach another environment.
  const secret = env.JWT_SECRET ?? (env.NODE_ENV === "development" && !env.JWKS_URL ? DEV_JWT_SECRET : null);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: env.DATA_DIR },
    seedDemo: env.SEED_DEMO,
    auth: {
      secret,
      jwksUrl: env.JWKS_URL ?? null,
      issuer: env.JWT_ISSUER ?? null,
      audience: env.JWT_AUDIENCE ?? null,
      maxLifetimeMinutes: env.JWT_MAX_LIFETIME_MINUTES,
      usingDevSecret: secret === DEV_JWT_SECRET,
      roleMapping: env.AUTH_ROLE_MAPPING,
    },
    corsOrigins: env.CORS_ORIGINS,
    gitCommit: env.GIT_COMMIT ?? null,
    logLevel: env.LOG_LEVEL,
    introspection: env.INTROSPECTION ?? env.NODE_ENV !== "production",
    limits: {
      maxDepth: env.QUERY_MAX_DEPTH,
      maxAliases: env.QUERY_MAX_ALIASES,
      maxTokens: env.QUERY_MAX_TOKENS,
      maxDirectives: env.QUERY_MAX_DIRECTIVES,
      maxCost: env.QUERY_MAX_COST,
      rateLimit: env.RATE_LIMIT_BURST > 0 ? { burst: env.RATE_LIMIT_BURST, refillPerSecond: env.RATE_LIMIT_REFILL_PER_SECOND } : null,
      requestBodyLimitKb: env.REQUEST_BODY_LIMIT_KB,
    },
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    webSocket: { maxConnectionsPerSubject: env.WS_MAX_CONNECTIONS_PER_SUBJECT, maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    cursorSecret: env.CURSOR_SECRET ?? env.JWT_SECRET ?? null,
    victimSafety: {
      escalation: { threshold: env.MARAC_ESCALATION_INCIDENTS, windowMonths: env.MARAC_ESCALATION_MONTHS },
      orderExpiryCheckMinutes: env.ORDER_EXPIRY_CHECK_MINUTES,
    },
    events: {
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
      deliver: env.EVENT_DELIVERY ?? env.NODE_ENV !== "test",
      pollIntervalMs: env.EVENT_DELIVERY_POLL_MS,
      batchSize: env.EVENT_DELIVERY_BATCH,
      leaseSeconds: env.EVENT_DELIVERY_LEASE_SECONDS,
      requestTimeoutMs: env.EVENT_DELIVERY_TIMEOUT_MS,
      retry: { baseMs: env.EVENT_DELIVERY_BACKOFF_BASE_MS, capMs: env.EVENT_DELIVERY_BACKOFF_CAP_MS, maxAttempts: env.EVENT_DELIVERY_MAX_ATTEMPTS },
    },
    retention: { perpetratorCaseYears: env.RETENTION_PERPETRATOR_CASE_YEARS, victimYears: env.RETENTION_VICTIM_YEARS },
  };
}
