/**
 * Small-number suppression for published counts, in one place (the programme performance, victim
 * safety and IOM reports use it; victim-safety statistics and the IOM workload keep their simpler primary-only rule).
 *
 * - Primary: a count from 1 to 4 is withheld (SMALL_COUNT). Zero is shown: it singles no one out.
 * - Secondary: a table publishes totals (a total and the cells that add up to it, e.g. referrals
 *   received in total and by source). When a total is shown and the withheld cells it covers could be
 *   worked out from it (one withheld cell alone, or several whose known sum leaves one of them a single
 *   possible value, e.g. two cells known to be 1–4 that add up to 2), the smallest shown non-zero cell
 *   of that total is withheld too (SECONDARY); when no such cell is left, the total itself is withheld.
 *   Repeated until no total gives any withheld cell away, since a cell withheld for one total may leave
 *   another total exposed. A figure may be the total of more than one table: once withheld for one,
 *   each other table of it is checked as if it were shown (it could be worked out from that table's
 *   cells), and a cell of that table goes too when a withheld cell would still be given away.
 * - Rates (and medians) are withheld (DERIVED_FROM_WITHHELD) when a count they are worked out from is.
 *
 * The attacker assumed knows the rule: a primary cell is 1–4, any other withheld cell 0 or 5 and up.
 */

export const SMALLEST_SHOWN = 5;

export type SuppressionReason = "SMALL_COUNT" | "SECONDARY" | "DERIVED_FROM_WITHHELD";

export interface Shown<T> {
  value: T | null;
  suppression: SuppressionReason | null;
}

/** A published total and the ids of the cells that add up to it. */
export interface TotalOf {
  total: string;
  members: readonly string[];
}

export const isSmallCount = (count: number) => count >= 1 && count < SMALLEST_SHOWN;

/** The values a withheld cell may have, as the rule's attacker sees them: [low, high] ranges. */
function rangesOf(reason: SuppressionReason, cap: number): [number, number][] {
  if (reason === "SMALL_COUNT") return [[1, Math.min(SMALLEST_SHOWN - 1, cap)]];
  return cap >= SMALLEST_SHOWN ? [[0, 0], [SMALLEST_SHOWN, cap]] : [[0, 0]];
}

/**
 * Whether some withheld cell of one total has a single possible value, given the sum the total gives
 * away (total minus the shown cells) and each withheld cell's possible ranges.
 */
export function givesAwayACell(withheldSum: number, reasons: readonly SuppressionReason[], values?: readonly number[]): boolean {
  if (reasons.length === 0) return false;
  if (values && everyCellCanMove(values, reasons)) return false;
  const domains = reasons.map((reason) => rangesOf(reason, withheldSum));
  // reachable[i][s]: whether cells other than i can add up to s. Built with prefix sums over ranges.
  const sumsOf = (cells: [number, number][][]) => {
    let reach = new Uint8Array(withheldSum + 1);
    reach[0] = 1;
    for (const ranges of cells) {
      const prefix = new Int32Array(withheldSum + 2);
      for (let s = 0; s <= withheldSum; s++) prefix[s + 1] = prefix[s]! + reach[s]!;
      const next = new Uint8Array(withheldSum + 1);
      for (let s = 0; s <= withheldSum; s++) {
        for (const [low, high] of ranges) {
          const from = Math.max(0, s - high);
          const to = s - low;
          if (to >= from && prefix[to + 1]! - prefix[from]! > 0) {
            next[s] = 1;
            break;
          }
        }
      }
      reach = next;
    }
    return reach;
  };
  return domains.some((ranges, index) => {
    const others = sumsOf(domains.filter((_, other) => other !== index));
    let possible = 0;
    for (const [low, high] of ranges) for (let value = low; value <= high; value++) if (others[withheldSum - value]) possible += 1;
    return possible <= 1;
  });
}

const inDomain = (value: number, reason: SuppressionReason) => (reason === "SMALL_COUNT" ? value >= 1 && value < SMALLEST_SHOWN : value === 0 || value >= SMALLEST_SHOWN);

/**
 * A quick sufficient test (the full one is quadratic in the sum): every withheld cell can trade one
 * with another withheld cell and both stay within what the attacker knows of them, so each has at
 * least two possible values.
 */
function everyCellCanMove(values: readonly number[], reasons: readonly SuppressionReason[]): boolean {
  return values.every((value, i) =>
    [1, -1].some((step) => inDomain(value + step, reasons[i]!) && values.some((other, j) => j !== i && inDomain(other - step, reasons[j]!))),
  );
}

/**
 * Withholds small counts and whatever else a published total would give them away by. `counts` holds
 * every published count by id (totals included); `totals` says which counts add up to which.
 */
export function suppressCounts(counts: ReadonlyMap<string, number>, totals: readonly TotalOf[]): Map<string, Shown<number>> {
  const reasons = new Map<string, SuppressionReason>();
  for (const [id, count] of counts) if (isSmallCount(count)) reasons.set(id, "SMALL_COUNT");
  const valueOf = (id: string) => {
    const value = counts.get(id);
    if (value === undefined) throw new Error(`No count ${id}`);
    return value;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, members } of totals) {
      const withheld = members.filter((id) => reasons.has(id));
      if (reasons.has(total)) {
        // A figure may be the total of more than one table (the IOM cohort at the start plus
        // selections, and at the end plus deselections): withheld for one, it may be worked out from
        // another, so each of its tables is checked as if the total were known. Cells all shown give
        // it away outright.
        const cells = withheld.length === 0 || givesAwayACell(withheld.reduce((sum, id) => sum + valueOf(id), 0), withheld.map((id) => reasons.get(id)!), withheld.map(valueOf));
        const next = cells ? members.filter((id) => !reasons.has(id) && valueOf(id) > 0).sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b))[0] : undefined;
        if (next === undefined) continue;
        reasons.set(next, "SECONDARY");
        changed = true;
        continue;
      }
      if (withheld.length === 0) continue;
      const withheldSum = withheld.reduce((sum, id) => sum + valueOf(id), 0);
      if (!givesAwayACell(withheldSum, withheld.map((id) => reasons.get(id)!), withheld.map(valueOf))) continue;
      const next = members
        .filter((id) => !reasons.has(id) && valueOf(id) > 0)
        .sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b))[0];
      reasons.set(next ?? total, "SECONDARY");
      changed = true;
    }
  }
  return new Map([...counts].map(([id, value]) => [id, reasons.has(id) ? { value: null, suppression: reasons.get(id)! } : { value, suppression: null }]));
}

/** A value worked out from counts (a rate, a median): withheld when any of them is. */
export function derivedFrom<T>(value: T | null, ...inputs: Shown<number>[]): Shown<T> {
  if (inputs.some((input) => input.suppression !== null)) return { value: null, suppression: "DERIVED_FROM_WITHHELD" };
  return { value, suppression: null };
}
