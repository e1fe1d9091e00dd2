import type { ProgrammeRepository } from "./programme.repository.js";
import type { ProgrammeRow } from "./programme.table.js";

/** How long the process keeps the programme rows before reading them again. */
export const PROGRAMME_CATALOGUE_TTL_MS = 60_000;

/**
 * The four programmes are reference data read by nearly every referral, attendance and IOM query,
 * and changed only by an operator editing their rules. Keeping them in the process saves a statement
 * per request; a local tune of a programme's rules shows within a minute on every instance.
 * Transactions that decide eligibility read the table itself (`ProgrammeService.byIdsIn`).
 */
export class ProgrammeCatalogue {
  private rows: Promise<ProgrammeRow[]> | null = null;
  private readAt = 0;

  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly ttlMs = PROGRAMME_CATALOGUE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  all(): Promise<ProgrammeRow[]> {
    if (!this.rows || this.now() - this.readAt > this.ttlMs) {
      this.readAt = this.now();
      const reading = this.repository.listAll();
      this.rows = reading;
      // A failed read is not kept: the next caller tries again.
      reading.catch(() => {
        if (this.rows === reading) this.rows = null;
      });
    }
    return this.rows;
  }

  async byIds(ids: readonly string[]): Promise<ProgrammeRow[]> {
    const wanted = new Set(ids);
    return (await this.all()).filter((row) => wanted.has(row.id));
  }

  async byCode(code: string): Promise<ProgrammeRow | null> {
    return (await this.all()).find((row) => row.code === code) ?? null;
  }
}
