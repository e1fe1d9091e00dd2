import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { prepareDatabase } from "./db/bootstrap.js";
import { guardAgainstPostgresJsWriteRace } from "./db/postgres-js-guard.js";
import { isDatabaseEmpty, seedDemoData } from "./seed/demo.js";
import { startApp } from "./server.js";
import { signDevToken } from "./shared/auth/jwt.js";
import { Role } from "./shared/auth/roles.js";
import { describeMinutes } from "./shared/auth/token-lifetime.js";
import { createLogger } from "./shared/logger.js";

const SHUTDOWN_DEADLINE_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.auth.usingDevSecret) {
    // Said on every start, so a development setting copied to a shared host is noticed.
    logger.warn("JWT_SECRET is not set: tokens are signed and checked with the public development secret (NODE_ENV=development)");
  }
  // Installed here first so each swallowed postgres.js fault is logged (openDatabase installs it silently otherwise).
  guardAgainstPostgresJsWriteRace((err) => logger.warn({ err }, "postgres.js wrote to a dropped connection; ignored as upstream does"));
  const database = await openDatabase(config.database, { statementTimeoutMs: config.statementTimeoutMs });
  logger.info({ database: config.database.kind }, "database opened");

  await prepareDatabase(database);
  if (config.seedDemo && (await isDatabaseEmpty(database))) {
    const summary = await seedDemoData(database, { now: new Date() });
    logger.info({ seeded: summary }, "demo data seeded");
  }

  const app = await startApp({ config, database, logger });
  logger.info({ url: app.url }, "Safeguard Graph is listening");

  if (config.env !== "production" && config.auth.secret) {
    const token = await signDevToken(config.auth, { sub: "dev-admin", name: "Dev Admin", roles: [Role.ADMIN] });
    process.stdout.write(
      `\nSafeguard Graph on ${app.url} (${config.database.kind}${config.database.kind === "pglite" ? ` in ${config.database.dataDir}` : ""})\n` +
        `ADMIN dev token (${describeMinutes(config.auth.maxLifetimeMinutes)})${config.auth.usingDevSecret ? ", signed with the development secret" : ""}:\n\n  ${token}\n\n` +
        `Try: curl -s ${app.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '{"query":"{ programmes { code name } }"}'\n\n`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const deadline = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    try {
      // Not ready at once, so a load balancer stops sending; then in-flight requests finish.
      app.beginShutdown();
      if (config.shutdownGraceMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
      await app.stop();
      await database.close();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
