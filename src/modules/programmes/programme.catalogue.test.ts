import { describe, expect, it } from "vitest";
import { ProgrammeCatalogue } from "./programme.catalogue.js";
import type { ProgrammeRepository } from "./programme.repository.js";
import type { ProgrammeRow } from "./programme.table.js";

const row = (code: string, id: string) => ({ id, code }) as ProgrammeRow;

function repositoryAnswering(...answers: (ProgrammeRow[] | Error)[]) {
  const reads = { count: 0 };
  const repository = {
    listAll: async () => {
      const answer = answers[Math.min(reads.count++, answers.length - 1)]!;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as ProgrammeRepository;
  return { repository, reads };
}

describe("ProgrammeCatalogue", () => {
  it("reads the table once for many lookups within its lifetime", async () => {
    const { repository, reads } = repositoryAnswering([row("BBR", "p1"), row("PACT", "p2")]);
    const catalogue = new ProgrammeCatalogue(repository, 60_000, () => 1_000);
    const [byId, byCode, missing] = await Promise.all([catalogue.byIds(["p2"]), catalogue.byCode("BBR"), catalogue.byCode("NONE")]);
    expect(byId.map((p) => p.code)).toEqual(["PACT"]);
    expect(byCode?.id).toBe("p1");
    expect(missing).toBeNull();
    expect(reads.count).toBe(1);
  });

  it("reads again once its rows are older than the lifetime, so a local tune shows", async () => {
    let now = 0;
    const { repository, reads } = repositoryAnswering([row("BBR", "p1")], [row("BBR", "p1"), row("CHOICES", "p3")]);
    const catalogue = new ProgrammeCatalogue(repository, 60_000, () => now);
    expect(await catalogue.byCode("CHOICES")).toBeNull();
    now = 59_000;
    expect(await catalogue.byCode("CHOICES")).toBeNull();
    now = 61_000;
    expect((await catalogue.byCode("CHOICES"))?.id).toBe("p3");
    expect(reads.count).toBe(2);
  });

  it("does not keep a failed read: the next lookup tries the database again", async () => {
    const { repository, reads } = repositoryAnswering(new Error("database unavailable"), [row("BBR", "p1")]);
    const catalogue = new ProgrammeCatalogue(repository, 60_000, () => 0);
    await expect(catalogue.byCode("BBR")).rejects.toThrow("database unavailable");
    expect((await catalogue.byCode("BBR"))?.id).toBe("p1");
    expect(reads.count).toBe(2);
  });
});
