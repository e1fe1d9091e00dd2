import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportCsvDocument, type ImportKind } from "../client/generated/graphql.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Attendance and IOM cohort files through importCsv: checked by the register's and the cohort's own
 * rules, a dry run writes nothing, a real run is all or nothing and audited, and a re-run writes
 * nothing new.
 */
let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
}, 120_000);
afterAll(() => server?.close());

async function importCsv(kind: ImportKind, csv: string, dryRun = false) {
  const data = await server.query(ImportCsvDocument, { input: { kind, csv, dryRun } }, fx.admin);
  expect(data.importCsv.userErrors).toEqual([]);
  return data.importCsv.result!;
}

const count = async (query: ReturnType<typeof sql>) => (await server.database.rows<{ n: number }>(server.database.db, query))[0]!.n;
const localId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1]!;

describe("an attendance file", () => {
  it("registers people placed in the group, starts them on the programme, and a re-run writes nothing", async () => {
    const group = await fx.group("CHOICES", ["fac-import"]);
    // Placed before the sessions are scheduled: a Choices group closes to new members once session 2 has started.
    const a = await fx.participant("CHOICES", group.id, { crn: "A200001" });
    const b = await fx.participant("CHOICES", group.id, { crn: "A200002" });
    await fx.sessions(group.id, 3, "2026-05-11T10:00:00Z"); // 11, 18 and 25 May: all started by 1 June
    const csv = [
      "CRN,Programme,Group,Session number,Outcome,Behaviour concern",
      `A200001,CHOICES,${group.name.toUpperCase()},1,ATTENDED,`,
      `A200001,CHOICES,${group.name},2,absent unacceptable,`,
      `A200002,CHOICES,${group.name},1,LATE,yes`,
    ].join("\n");

    const dry = await importCsv("ATTENDANCE", csv, true);
    expect(dry).toMatchObject({ written: false, counts: { created: 3, matched: 0, unchanged: 0, refused: 0 }, problems: [] });
    const records = sql`select count(*)::int as n from attendance_records r join referrals f on f.id = r.referral_id join perpetrators p on p.id = f.perpetrator_id where p.crn in ('A200001', 'A200002')`;
    expect(await count(records)).toBe(0);

    const real = await importCsv("ATTENDANCE", csv);
    expect(real).toMatchObject({ written: true, counts: dry.counts });
    expect(await count(records)).toBe(3);
    const statuses = await server.database.rows<{ status: string }>(server.database.db, sql`select status from referrals where id in (${localId(a.referral.id)}, ${localId(b.referral.id)})`);
    expect(statuses.map((s) => s.status)).toEqual(["ON_PROGRAMME", "ON_PROGRAMME"]);
    const audited = sql`select count(*)::int as n from audit_events where action = 'COLLECTION' and entity_type = 'AttendanceRecord' and actor_sub = 'admin-1'`;
    expect(await count(audited)).toBe(3);

    const again = await importCsv("ATTENDANCE", csv);
    expect(again).toMatchObject({ written: false, counts: { created: 0, matched: 0, unchanged: 3, refused: 0 } });
    // A different outcome for a registered session is matched and left as held (corrections go through the register).
    const differs = await importCsv("ATTENDANCE", csv.replace("2,absent unacceptable", "2,ATTENDED"));
    expect(differs.counts).toEqual({ created: 0, matched: 1, unchanged: 2, refused: 0 });
    expect(await count(records)).toBe(3);
    expect(await count(audited)).toBe(3);
  });

  it("reports every row's problem and writes nothing", async () => {
    const group = await fx.group("CHOICES", ["fac-import"]);
    await fx.participant("CHOICES", group.id, { crn: "A200011" });
    const sessions = await fx.sessions(group.id, 3, "2026-05-18T10:00:00Z"); // 18 May, 25 May, 1 June 10:00: all started
    const cancel = await server.query<{ cancelSession: { userErrors: unknown[] } }, unknown>(
      `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { userErrors { code } } }`,
      { input: { sessionId: sessions[1]!.id, reason: "Facilitator unwell" } },
      fx.admin,
    );
    expect(cancel.cancelSession.userErrors).toEqual([]);
    await fx.person({ crn: "A200012" }); // held, but in no group
    const csv = [
      "crn,programme,group,session_number,outcome",
      `A200011,CHOICES,${group.name},1,ATTENDED`, // fine on its own
      `A200011,CHOICES,No such group,1,ATTENDED`,
      `A200011,CHOICES,${group.name},9,ATTENDED`, // no session 9
      `A200011,CHOICES,${group.name},2,ATTENDED`, // cancelled
      `A200012,CHOICES,${group.name},1,ATTENDED`, // not placed in the group
      `A200011,CHOICES,${group.name},1,LATE`, // the same person and session again
      `A200011,CHOICES,${group.name},x,PRESENT`,
      `Z999999,CHOICES,${group.name},1,ATTENDED`,
    ].join("\n");
    const result = await importCsv("ATTENDANCE", csv);
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "group", "NOT_FOUND"],
      [4, "session_number", "NOT_FOUND"],
      [5, "session_number", "SESSION_CANCELLED"],
      [6, "crn", "NOT_IN_GROUP"],
      [7, "session_number", "DUPLICATE"],
      [8, "session_number", "INVALID"],
      [8, "outcome", "INVALID"],
      [9, "crn", "NOT_FOUND"],
    ]);
    expect(result.counts).toEqual({ created: 1, matched: 0, unchanged: 0, refused: 7 });
    expect(await count(sql`select count(*)::int as n from attendance_records r join referrals f on f.id = r.referral_id join perpetrators p on p.id = f.perpetrator_id where p.crn = 'A200011'`)).toBe(0);
  });
});

describe("an IOM cohort file", () => {
  async function officer(collarNumber: string, force: string, sub: string) {
    const data = await server.query<{ registerIomStaffMember: { staffMember: { id: string } | null; userErrors: unknown[] } }, unknown>(
      `mutation($input: RegisterIomStaffMemberInput!) { registerIomStaffMember(input: $input) { staffMember { id } userErrors { field code message } } }`,
      { input: { kind: "POLICE_OFFENDER_MANAGER", name: "Officer", collarNumber, force, team: "IOM North", sub } },
      fx.admin,
    );
    expect(data.registerIomStaffMember.userErrors).toEqual([]);
    return data.registerIomStaffMember.staffMember!;
  }

  it("writes current and past memberships with their offender manager; a re-run writes nothing", async () => {
    await officer("PC4411", "Northshire Police", "pom-import-1");
    await fx.person({ crn: "B300001" });
    await fx.person({ crn: "B300002" });
    const csv = [
      "crn,selection_source,cohort_type,rfg_score,started_on,ended_on,deselection_reason,offender_manager_collar,force",
      "B300001,MARAC,FLEX,312.5,2025-01-10,2025-09-30,REDUCED_RISK,pc4411,",
      "B300001,POLICE,FLEX,,01/03/2026,,,PC4411,Northshire Police",
      "B300002,PROBATION,FIXED,,2026-04-01,,,,",
    ].join("\n");
    const dry = await importCsv("IOM_COHORT", csv, true);
    expect(dry).toMatchObject({ written: false, counts: { created: 3, matched: 0, unchanged: 0, refused: 0 }, problems: [] });
    const memberships = sql`select count(*)::int as n from iom_memberships m join perpetrators p on p.id = m.perpetrator_id where p.crn in ('B300001', 'B300002')`;
    expect(await count(memberships)).toBe(0);

    expect(await importCsv("IOM_COHORT", csv)).toMatchObject({ written: true, counts: dry.counts });
    expect(await count(memberships)).toBe(3);
    const assignments = await server.database.rows<{ startedOn: string; endedOn: string | null }>(
      server.database.db,
      sql`select a.started_on::text as "startedOn", a.ended_on::text as "endedOn" from iom_offender_manager_assignments a join iom_memberships m on m.id = a.membership_id join perpetrators p on p.id = m.perpetrator_id where p.crn = 'B300001' order by a.started_on`,
    );
    expect(assignments).toEqual([
      { startedOn: "2025-01-10", endedOn: "2025-09-30" },
      { startedOn: "2026-03-01", endedOn: null },
    ]);
    expect(await count(sql`select count(*)::int as n from audit_events where action = 'COLLECTION' and entity_type = 'IomMembership'`)).toBe(3);

    expect(await importCsv("IOM_COHORT", csv)).toMatchObject({ written: false, counts: { created: 0, matched: 0, unchanged: 3, refused: 0 } });
    expect(await count(memberships)).toBe(3);
  });

  it("applies the cohort's rules to each row, against what is held and the file's earlier rows", async () => {
    await officer("PC77", "Force A", "pom-import-a");
    await officer("PC77", "Force B", "pom-import-b");
    await fx.person({ crn: "B300011" });
    await fx.person({ crn: "B300012", dateOfBirth: "2010-01-01", children: [] });
    await fx.person({ crn: "B300014" });
    await importCsv("IOM_COHORT", "crn,selection_source,cohort_type,started_on\nB300011,MARAC,FLEX,2026-02-01\n");
    const csv = [
      "crn,selection_source,cohort_type,started_on,ended_on,deselection_reason,deselection_note,offender_manager_collar,force",
      "B300011,MARAC,FLEX,2026-03-01,,,,,", // already an open member
      "B300012,MARAC,FLEX,2026-03-01,,,,,", // under 18
      "B300011,MARAC,FIXED,2026-02-01,,,,,", // held already, as FLEX: matched, and kept as held
      "B300013,MARAC,FLEX,2026-03-01,,,,,", // nobody held
      "B300014,MARAC,FLEX,2025-01-01,2025-02-01,OTHER,,,", // OTHER needs a note
      "B300014,MARAC,FLEX,2024-01-01,,,,PC77,", // two forces hold PC77 (B300014 has no membership held)
      "B300014,MARAC,FLEX,2023-01-01,2023-02-01,,,,", // an end without a reason
      "B300014,MARAC,FLEX,2027-01-01,,,,,", // in the future
    ].join("\n");
    const result = await importCsv("IOM_COHORT", csv, true);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "crn", "DUPLICATE"],
      [3, "crn", "INVALID"],
      [5, "crn", "NOT_FOUND"],
      [6, "deselection_note", "REASON_REQUIRED"],
      [7, "force", "INVALID"],
      [8, "deselection_reason", "INVALID"],
      [9, "started_on", "INVALID"],
    ]);
    expect(result.counts).toEqual({ created: 0, matched: 1, unchanged: 0, refused: 7 });
  });
});
