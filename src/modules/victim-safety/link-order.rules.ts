import type { DashLevel, VictimLinkOrder } from "./victim-safety.model.js";

/** What a link is sorted by, beside its own start date and id. */
export interface LinkSortFacts {
  /** The latest DASH level: the risk in force; null when never assessed. */
  level: DashLevel | null;
  familyName: string;
  givenName: string;
}

export interface SortableLink {
  id: string;
  startedOn: string;
}

const RISK_RANK: Record<DashLevel, number> = { HIGH: 0, MEDIUM: 1, STANDARD: 2 };
const NEVER_ASSESSED = 3;
// Names compare as people read them: case and accents ignored, "o'brien" beside "obrien".
const names = new Intl.Collator("en-GB", { sensitivity: "base" });

const byStart = (a: SortableLink, b: SortableLink) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0);
const byId = (a: SortableLink, b: SortableLink) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A perpetrator's links in `order`, every order ending with the link's id so it is total. LINKED_FIRST
 * is the order links are read in (start date, then id) and is also sorted here, so a caller can rely
 * on it whatever the source.
 */
export function sortVictimLinks<TLink extends SortableLink>(links: readonly TLink[], order: VictimLinkOrder, factsOf: (link: TLink) => LinkSortFacts): TLink[] {
  const compare = (a: TLink, b: TLink): number => {
    if (order === "RISK_HIGHEST_FIRST") {
      const rank = (link: TLink) => {
        const level = factsOf(link).level;
        return level ? RISK_RANK[level] : NEVER_ASSESSED;
      };
      return rank(a) - rank(b) || byStart(a, b) || byId(a, b);
    }
    if (order === "VICTIM_NAME") {
      const [x, y] = [factsOf(a), factsOf(b)];
      return names.compare(x.familyName, y.familyName) || names.compare(x.givenName, y.givenName) || byId(a, b);
    }
    return byStart(a, b) || byId(a, b);
  };
  return [...links].sort(compare);
}
