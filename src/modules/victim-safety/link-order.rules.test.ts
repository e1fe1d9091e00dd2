import { describe, expect, it } from "vitest";
import { sortVictimLinks, type LinkSortFacts } from "./link-order.rules.js";
import type { VictimLinkOrder } from "./victim-safety.model.js";

type Link = { id: string; startedOn: string; facts: LinkSortFacts };
const link = (id: string, startedOn: string, level: LinkSortFacts["level"], familyName: string, givenName = "Sam"): Link => ({
  id,
  startedOn,
  facts: { level, familyName, givenName },
});

const LINKS: Link[] = [
  link("a4", "2024-03-01", "STANDARD", "Zephyr"),
  link("a1", "2024-01-01", null, "adams", "Bea"),
  link("a3", "2024-01-01", "HIGH", "Adams", "amy"),
  link("a2", "2025-06-01", "HIGH", "Ó Briain"),
  link("a5", "2023-09-01", "MEDIUM", "Obrien"),
];

describe("sortVictimLinks", () => {
  it.each<[VictimLinkOrder, string[]]>([
    // Start date, then id.
    ["LINKED_FIRST", ["a5", "a1", "a3", "a4", "a2"]],
    // HIGH, MEDIUM, STANDARD, never assessed; start date within a level.
    ["RISK_HIGHEST_FIRST", ["a3", "a2", "a5", "a4", "a1"]],
    // Family then given name, case and accents ignored; id breaks a full tie.
    ["VICTIM_NAME", ["a3", "a1", "a2", "a5", "a4"]],
  ])("%s", (order, ids) => {
    expect(sortVictimLinks(LINKS, order, (l) => l.facts).map((l) => l.id)).toEqual(ids);
  });

  it("breaks a full tie by id, whatever order the links came in", () => {
    const twins = [link("b2", "2024-01-01", "HIGH", "Lee"), link("b1", "2024-01-01", "HIGH", "Lee")];
    for (const order of ["LINKED_FIRST", "RISK_HIGHEST_FIRST", "VICTIM_NAME"] as const) {
      expect(sortVictimLinks(twins, order, (l) => l.facts).map((l) => l.id)).toEqual(["b1", "b2"]);
      expect(sortVictimLinks([...twins].reverse(), order, (l) => l.facts).map((l) => l.id)).toEqual(["b1", "b2"]);
    }
  });
});
