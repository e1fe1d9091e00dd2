/** The time source; tests inject a fixed clock so date rules are reproducible. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => void (current = new Date(next)),
  };
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
