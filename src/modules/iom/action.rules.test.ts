import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, PATHWAYS, type ActionStatus, type Pathway } from "./iom.model.js";
import {
  ACTION_TRANSITIONS,
  checkAction,
  checkActionTransition,
  isActionOverdue,
  isOpenAction,
  MAX_DESCRIPTION,
  MAX_NOTES,
  type ActionDraft,
} from "./action.rules.js";
import type { PlanRefusal } from "./plan.rules.js";

const TODAY = "2026-11-26";

/** The field and code of each refusal, the part a client acts on. */
const codes = (failures: PlanRefusal[]) => failures.map(({ field, code }) => ({ field, code }));

const CLOSED_STATUSES: ActionStatus[] = ["DONE", "NOT_ACHIEVED", "CANCELLED"];
const ALL_PAIRS = ACTION_STATUSES.flatMap((from) => ACTION_STATUSES.map((to) => ({ from, to })));
const ALLOWED_PAIRS = ALL_PAIRS.filter(({ from, to }) => ACTION_TRANSITIONS[from].includes(to));
const REFUSED_PAIRS = ALL_PAIRS.filter(({ from, to }) => !ACTION_TRANSITIONS[from].includes(to));

describe("ACTION_TRANSITIONS", () => {
  // Written out again so that an accidental edit to the table shows up as a failing test.
  it("holds exactly the moves of the action life cycle", () => {
    expect(ALLOWED_PAIRS.map(({ from, to }) => `${from} → ${to}`).sort()).toEqual(
      [
        "PLANNED → IN_PROGRESS",
        "PLANNED → DONE",
        "PLANNED → NOT_ACHIEVED",
        "PLANNED → CANCELLED",
        "IN_PROGRESS → DONE",
        "IN_PROGRESS → NOT_ACHIEVED",
        "IN_PROGRESS → CANCELLED",
      ].sort(),
    );
  });

  it.each(ACTION_STATUSES.map((status) => ({ status, open: !CLOSED_STATUSES.includes(status) })))(
    "$status leads somewhere exactly when it is open (open: $open)",
    ({ status, open }) => {
      expect(ACTION_TRANSITIONS[status].length > 0).toBe(open);
      expect(isOpenAction(status)).toBe(open);
    },
  );

  it("has an entry for every status", () => {
    expect(Object.keys(ACTION_TRANSITIONS).sort()).toEqual([...ACTION_STATUSES].sort());
  });
});

describe("checkActionTransition", () => {
  it.each(ALLOWED_PAIRS)("allows $from → $to with notes", ({ from, to }) => {
    expect(checkActionTransition(from, to, "Housing officer confirmed the tenancy")).toBeNull();
  });

  it.each(ALLOWED_PAIRS.filter(({ to }) => to === "IN_PROGRESS" || to === "DONE"))("allows $from → $to without notes", ({ from, to }) => {
    expect(checkActionTransition(from, to, null)).toBeNull();
  });

  it.each(REFUSED_PAIRS)("refuses $from → $to", ({ from, to }) => {
    const refusal = checkActionTransition(from, to, "Some notes");
    expect(refusal).toMatchObject({ field: "status", code: "INVALID_TRANSITION" });
    expect(refusal?.message).toContain(`An action cannot go from ${from} to ${to}: `);
  });

  it.each([
    ["PLANNED", "PLANNED", "An action cannot go from PLANNED to PLANNED: it can move to IN_PROGRESS, DONE, NOT_ACHIEVED, CANCELLED"],
    ["IN_PROGRESS", "PLANNED", "An action cannot go from IN_PROGRESS to PLANNED: it can move to DONE, NOT_ACHIEVED, CANCELLED"],
    ["IN_PROGRESS", "IN_PROGRESS", "An action cannot go from IN_PROGRESS to IN_PROGRESS: it can move to DONE, NOT_ACHIEVED, CANCELLED"],
    ["DONE", "IN_PROGRESS", "An action cannot go from DONE to IN_PROGRESS: it is closed"],
    ["CANCELLED", "CANCELLED", "An action cannot go from CANCELLED to CANCELLED: it is closed"],
  ] as const)("explains %s → %s: %s", (from, to, message) => {
    expect(checkActionTransition(from, to, null)).toEqual({ field: "status", code: "INVALID_TRANSITION", message });
  });

  it.each(
    ALLOWED_PAIRS.filter(({ to }) => to === "NOT_ACHIEVED" || to === "CANCELLED").flatMap(({ from, to }) => [
      { from, to, notes: null },
      { from, to, notes: "" },
    ]),
  )("asks why for $from → $to with notes $notes", ({ from, to, notes }) => {
    expect(checkActionTransition(from, to, notes)).toEqual({ field: "notes", code: "REASON_REQUIRED", message: `Say why the action is ${to}` });
  });

  it("reports a refused move rather than the missing reason", () => {
    expect(checkActionTransition("DONE", "CANCELLED", null)?.code).toBe("INVALID_TRANSITION");
  });
});

describe("isActionOverdue", () => {
  it.each<{ status: ActionStatus; dueOn: string; overdue: boolean }>([
    { status: "PLANNED", dueOn: "2026-11-25", overdue: true },
    { status: "IN_PROGRESS", dueOn: "2026-11-25", overdue: true },
    { status: "PLANNED", dueOn: "2025-01-01", overdue: true },
    { status: "PLANNED", dueOn: TODAY, overdue: false },
    { status: "IN_PROGRESS", dueOn: TODAY, overdue: false },
    { status: "PLANNED", dueOn: "2026-11-27", overdue: false },
    ...CLOSED_STATUSES.map((status) => ({ status, dueOn: "2025-01-01", overdue: false })),
    ...CLOSED_STATUSES.map((status) => ({ status, dueOn: "2026-11-25", overdue: false })),
  ])("$status due $dueOn → overdue: $overdue", ({ status, dueOn, overdue }) => {
    expect(isActionOverdue({ status, dueOn }, "LIVE", TODAY)).toBe(overdue);
  });

  it.each(["SUPERSEDED", "CLOSED"] as const)("an open action past due in a %s plan is history, not overdue", (planStatus) => {
    expect(isActionOverdue({ status: "IN_PROGRESS", dueOn: "2025-01-01" }, planStatus, TODAY)).toBe(false);
  });
});

describe("checkAction", () => {
  const MEMBER = "perpetrator-1";
  const context = { memberPerpetratorId: MEMBER, today: TODAY, checkDueOn: true };

  /** A draft every rule accepts: a police officer's action, due in a month. */
  const draft = (overrides: Partial<ActionDraft> = {}): ActionDraft => ({
    pathway: "ACCOMMODATION",
    description: "Secure a tenancy away from the victim's address",
    ownerAgency: "POLICE",
    ownerStaff: { kind: "POLICE_OFFENDER_MANAGER", active: true },
    ownerName: null,
    dueOn: "2026-12-26",
    notes: null,
    referralPerpetratorId: null,
    ...overrides,
  });

  it("accepts a well-formed action", () => {
    expect(checkAction(draft(), context)).toEqual([]);
  });

  describe("description and notes", () => {
    it.each([
      ["empty", ""],
      ["only spaces", "   \t "],
      ["too long", "x".repeat(MAX_DESCRIPTION + 1)],
    ])("refuses a description that is %s", (_, description) => {
      expect(checkAction(draft({ description }), context)).toEqual([
        { field: "description", code: "INVALID", message: "description must be 1 to 500 characters" },
      ]);
    });

    it.each([
      ["one character", "x"],
      ["exactly the limit", "x".repeat(MAX_DESCRIPTION)],
      ["the limit once surrounding spaces are trimmed", `  ${"x".repeat(MAX_DESCRIPTION)}  `],
    ])("accepts a description of %s", (_, description) => {
      expect(checkAction(draft({ description }), context)).toEqual([]);
    });

    it("accepts notes up to the limit and refuses longer", () => {
      expect(checkAction(draft({ notes: "n".repeat(MAX_NOTES) }), context)).toEqual([]);
      expect(checkAction(draft({ notes: "n".repeat(MAX_NOTES + 1) }), context)).toEqual([
        { field: "notes", code: "INVALID", message: "notes must be at most 2000 characters" },
      ]);
    });
  });

  describe("the owner", () => {
    it.each([
      ["POLICE_OFFENDER_MANAGER", "POLICE"],
      ["PROBATION_PRACTITIONER", "PROBATION"],
    ] as const)("accepts a %s owning the action for %s", (kind, ownerAgency) => {
      expect(checkAction(draft({ ownerAgency, ownerStaff: { kind, active: true } }), context)).toEqual([]);
    });

    it.each([
      ["POLICE_OFFENDER_MANAGER", "PROBATION", "POLICE"],
      ["POLICE_OFFENDER_MANAGER", "COUNCIL", "POLICE"],
      ["PROBATION_PRACTITIONER", "POLICE", "PROBATION"],
      ["PROBATION_PRACTITIONER", "THIRD_SECTOR", "PROBATION"],
    ] as const)("refuses a %s owning the action for %s", (kind, ownerAgency, staffAgency) => {
      expect(checkAction(draft({ ownerAgency, ownerStaff: { kind, active: true } }), context)).toEqual([
        { field: "ownerAgency", code: "INVALID", message: `The owner works for ${staffAgency}, not ${ownerAgency}` },
      ]);
    });

    it("refuses an inactive staff owner", () => {
      expect(checkAction(draft({ ownerStaff: { kind: "POLICE_OFFENDER_MANAGER", active: false } }), context)).toEqual([
        { field: "ownerStaffId", code: "STAFF_INACTIVE", message: "That staff member is no longer active" },
      ]);
    });

    it("reports an inactive owner in the wrong agency on both fields", () => {
      const failures = checkAction(draft({ ownerAgency: "HEALTH", ownerStaff: { kind: "PROBATION_PRACTITIONER", active: false } }), context);
      expect(codes(failures)).toEqual([
        { field: "ownerStaffId", code: "STAFF_INACTIVE" },
        { field: "ownerAgency", code: "INVALID" },
      ]);
    });

    it("ignores ownerName when there is a staff owner", () => {
      expect(checkAction(draft({ ownerName: "n".repeat(500) }), context)).toEqual([]);
    });

    it.each([
      ["COUNCIL", "Housing Options team"],
      ["HEALTH", "Community mental health team"],
      ["THIRD_SECTOR", "  Respect helpline  "],
      ["POLICE", "Neighbourhood policing team"],
      ["THIRD_SECTOR", "x".repeat(120)],
      ["THIRD_SECTOR", ` ${"x".repeat(120)} `],
    ] as const)("accepts a named %s owner without a staff record: %j", (ownerAgency, ownerName) => {
      expect(checkAction(draft({ ownerAgency, ownerStaff: null, ownerName }), context)).toEqual([]);
    });

    it.each([[null], [""], ["   "]])("asks for an owner's name when there is no staff record (ownerName %j)", (ownerName) => {
      expect(checkAction(draft({ ownerAgency: "COUNCIL", ownerStaff: null, ownerName }), context)).toEqual([
        { field: "ownerName", code: "INVALID", message: "Name the owner (a staff record or the team or service that owns it)" },
      ]);
    });

    it("refuses an owner's name over 120 characters", () => {
      expect(checkAction(draft({ ownerAgency: "COUNCIL", ownerStaff: null, ownerName: "x".repeat(121) }), context)).toEqual([
        { field: "ownerName", code: "INVALID", message: "ownerName must be at most 120 characters" },
      ]);
    });
  });

  describe("the due date", () => {
    it.each([
      ["today", TODAY],
      ["tomorrow", "2026-11-27"],
      ["exactly 24 months on", "2028-11-26"],
    ])("accepts a due date %s", (_, dueOn) => {
      expect(checkAction(draft({ dueOn }), context)).toEqual([]);
    });

    it("refuses a due date in the past", () => {
      expect(checkAction(draft({ dueOn: "2026-11-25" }), context)).toEqual([{ field: "dueOn", code: "INVALID", message: "dueOn cannot be in the past" }]);
    });

    it("refuses a due date beyond 24 months", () => {
      expect(checkAction(draft({ dueOn: "2028-11-27" }), context)).toEqual([{ field: "dueOn", code: "INVALID", message: "dueOn must be on or before 2028-11-26" }]);
    });

    it("clamps the 24-month horizon to the end of a shorter month", () => {
      // 24 months from 29 February 2028 is 28 February 2030 (2030 is not a leap year).
      const leap = { ...context, today: "2028-02-29" };
      expect(checkAction(draft({ dueOn: "2030-02-28" }), leap)).toEqual([]);
      expect(checkAction(draft({ dueOn: "2030-03-01" }), leap)).toEqual([
        { field: "dueOn", code: "INVALID", message: "dueOn must be on or before 2030-02-28" },
      ]);
    });

    it.each([["2020-01-01"], ["2035-01-01"]])("does not check the due date %s when checkDueOn is false", (dueOn) => {
      expect(checkAction(draft({ dueOn }), { ...context, checkDueOn: false })).toEqual([]);
    });
  });

  describe("the linked referral", () => {
    it("accepts a PROGRAMME_ATTENDANCE action linking the member's own referral", () => {
      expect(checkAction(draft({ pathway: "PROGRAMME_ATTENDANCE", referralPerpetratorId: MEMBER }), context)).toEqual([]);
    });

    it.each(PATHWAYS.map((pathway) => ({ pathway })))("accepts a $pathway action with no referral", ({ pathway }) => {
      expect(checkAction(draft({ pathway, referralPerpetratorId: null }), context)).toEqual([]);
    });

    it.each(PATHWAYS.filter((pathway): pathway is Exclude<Pathway, "PROGRAMME_ATTENDANCE"> => pathway !== "PROGRAMME_ATTENDANCE").map((pathway) => ({ pathway })))(
      "refuses a referral on a $pathway action, even the member's own",
      ({ pathway }) => {
        expect(checkAction(draft({ pathway, referralPerpetratorId: MEMBER }), context)).toEqual([
          { field: "referralId", code: "INVALID", message: "Only a PROGRAMME_ATTENDANCE action links a programme referral" },
        ]);
      },
    );

    it("refuses a referral for a different person", () => {
      expect(checkAction(draft({ pathway: "PROGRAMME_ATTENDANCE", referralPerpetratorId: "perpetrator-2" }), context)).toEqual([
        { field: "referralId", code: "INVALID", message: "The referral is for a different person" },
      ]);
    });

    it("reports only the pathway when another person's referral is on the wrong pathway", () => {
      expect(codes(checkAction(draft({ pathway: "ACCOMMODATION", referralPerpetratorId: "perpetrator-2" }), context))).toEqual([
        { field: "referralId", code: "INVALID" },
      ]);
    });
  });

  describe("the field prefix", () => {
    const everythingWrong = draft({
      pathway: "HEALTH_MENTAL_HEALTH",
      description: " ",
      notes: "n".repeat(MAX_NOTES + 1),
      ownerAgency: "COUNCIL",
      ownerStaff: { kind: "PROBATION_PRACTITIONER", active: false },
      dueOn: "2026-01-01",
      referralPerpetratorId: MEMBER,
    });

    it("names bare fields without a prefix, every failure at once", () => {
      expect(codes(checkAction(everythingWrong, context))).toEqual([
        { field: "description", code: "INVALID" },
        { field: "notes", code: "INVALID" },
        { field: "ownerStaffId", code: "STAFF_INACTIVE" },
        { field: "ownerAgency", code: "INVALID" },
        { field: "dueOn", code: "INVALID" },
        { field: "referralId", code: "INVALID" },
      ]);
    });

    it("prefixes every field, e.g. actions.2.dueOn", () => {
      expect(checkAction(everythingWrong, context, "actions.2").map((failure) => failure.field)).toEqual([
        "actions.2.description",
        "actions.2.notes",
        "actions.2.ownerStaffId",
        "actions.2.ownerAgency",
        "actions.2.dueOn",
        "actions.2.referralId",
      ]);
    });

    it.each([
      [{ ownerStaff: null, ownerName: null, ownerAgency: "COUNCIL" as const }, "actions.0.ownerName"],
      [{ dueOn: "2030-01-01" }, "actions.0.dueOn"],
      [{ pathway: "PROGRAMME_ATTENDANCE" as const, referralPerpetratorId: "perpetrator-2" }, "actions.0.referralId"],
    ])("prefixes %o as %s", (overrides, field) => {
      expect(checkAction(draft(overrides), context, "actions.0").map((failure) => failure.field)).toEqual([field]);
    });

    it("does not put the prefix in the message", () => {
      expect(checkAction(draft({ dueOn: "2026-11-25" }), context, "actions.2")).toEqual([
        { field: "actions.2.dueOn", code: "INVALID", message: "dueOn cannot be in the past" },
      ]);
    });
  });
});
