import type { DatabaseHandle } from "../../db/client.js";
import { appliedMigrationCount, shippedMigrationCount } from "../../db/migrate.js";

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  shuttingDown: boolean;
}

/** Ready means: the database answers, it has every migration this build ships, and the process is not stopping. */
export function readinessCheck(database: DatabaseHandle, isShuttingDown: () => boolean, timeoutMs = 2_000): () => Promise<Readiness> {
  const shipped = shippedMigrationCount();
  return async () => {
    const shuttingDown = isShuttingDown();
    let reachable = false;
    let migrations: Readiness["migrations"] = "unknown";
    try {
      await withTimeout(database.ping(), timeoutMs);
      reachable = true;
      migrations = (await withTimeout(appliedMigrationCount(database), timeoutMs)) >= shipped ? "applied" : "pending";
    } catch {
      // Reported as unreachable or unknown below; the reason is in the database's own log.
    }
    return { ready: reachable && migrations === "applied" && !shuttingDown, database: reachable ? "reachable" : "unreachable", migrations, shuttingDown };
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
