import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VictimSafetyViewDocument } from "../client/generated/graphql.js";
import { createFixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, type VictimFixtures } from "./support/victim-fixtures.js";

/** A purpose the test database refuses to log, standing in for an audit log that cannot be written. */
const UNLOGGABLE = "purpose the audit log refuses";

describe("an answer whose audit entry cannot be written", () => {
  let server: TestServer;
  let vf: VictimFixtures;
  let perpetratorId: string;

  beforeAll(async () => {
    server = await startTestServer();
    vf = await createVictimFixtures(server, await createFixtures(server));
    const pair = await vf.linkedPair();
    await vf.assess(pair.link.id, 15);
    perpetratorId = pair.perpetratorId;
    const { db } = server.database;
    await server.database.rows(
      db,
      sql.raw(`create function refuse_unloggable() returns trigger language plpgsql as $$
        begin if new.purpose = '${UNLOGGABLE}' then raise exception 'audit store unavailable'; end if; return new; end; $$`),
    );
    await server.database.rows(db, sql.raw(`create trigger refuse_unloggable before insert on audit_events for each row execute function refuse_unloggable()`));
  }, 60_000);
  afterAll(() => server.close());

  it("is withheld: no victim data leaves the server, only a masked error", async () => {
    const response = await server.request(VictimSafetyViewDocument, { perpetratorId }, vf.safeguarding, { purpose: UNLOGGABLE });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(JSON.stringify(response.body)).not.toMatch(/Victim\d|Weekdays|never call|audit store/);
  });

  it("is answered as usual once the log can be written again", async () => {
    const response = await server.request(VictimSafetyViewDocument, { perpetratorId }, vf.safeguarding, { purpose: "MARAC preparation" });
    expect(response.errors).toBeUndefined();
    const node = response.data!.node as { victimLinks: { currentRisk: { level: string } }[] };
    expect(node.victimLinks[0]!.currentRisk.level).toBe("HIGH");
  });
});
