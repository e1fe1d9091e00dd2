import DataLoader from "dataloader";

/** A DataLoader keyed by id that answers null for ids with no row. */
export function loaderById<TRow>(
  fetch: (ids: readonly string[]) => Promise<TRow[]>,
  idOf: (row: TRow) => string,
): DataLoader<string, TRow | null> {
  return new DataLoader(async (ids) => {
    const byId = new Map((await fetch(ids)).map((row) => [idOf(row), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A DataLoader keyed by a foreign key that answers every row for it (empty when none). */
export function loaderByForeignKey<TRow>(
  fetch: (keys: readonly string[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => string,
): DataLoader<string, TRow[]> {
  return new DataLoader(async (keys) => {
    const grouped = new Map<string, TRow[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    return keys.map((key) => grouped.get(key) ?? []);
  });
}

/**
 * Creates each loader of a feature on first use, so a request pays only for the loaders it needs.
 * `factories` maps a name to a function building that loader.
 */
export function lazyLoaders<T extends Record<string, () => unknown>>(factories: T): { [K in keyof T]: ReturnType<T[K]> } {
  const built = new Map<keyof T, unknown>();
  const target = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const name of Object.keys(factories) as (keyof T)[]) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get() {
        if (!built.has(name)) built.set(name, factories[name]!());
        return built.get(name);
      },
    });
  }
  return target;
}
