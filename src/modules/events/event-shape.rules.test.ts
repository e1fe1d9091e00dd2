import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../shared/global-id.js";
import { buildEventMessage, isoWithOffset } from "./event-shape.rules.js";
import { signatureFor, verifySignature } from "./signature.rules.js";
import { checkSubscriber } from "./subscriber.rules.js";

const event = {
  kind: "referral.status-changed" as const,
  perpetratorId: "11111111-1111-4111-8111-111111111111",
  subject: { type: "Referral" as const, id: "22222222-2222-4222-8222-222222222222" },
  occurredAt: new Date("2026-06-01T12:00:00Z"),
  details: { fromStatus: "SUBMITTED", toStatus: "ASSESSED_SUITABLE" },
};

describe("buildEventMessage", () => {
  it("is the HMPPS domain-event shape, with CRN and PNC", () => {
    expect(buildEventMessage("e1", event, { crn: "X123456", pncId: "2020/0000001A" }, "https://api.example/")).toEqual({
      eventType: "safeguard.referral.status-changed",
      version: 1,
      occurredAt: "2026-06-01T13:00:00.000+01:00",
      detailUrl: "https://api.example/domain-events/e1",
      description: "A referral to a programme changed status",
      additionalInformation: {
        eventId: "e1",
        perpetratorId: toGlobalId("Perpetrator", event.perpetratorId),
        referralId: toGlobalId("Referral", event.subject.id),
        fromStatus: "SUBMITTED",
        toStatus: "ASSESSED_SUITABLE",
      },
      personReference: { identifiers: [{ type: "CRN", value: "X123456" }, { type: "PNC", value: "2020/0000001A" }] },
    });
  });

  it("still names a person with neither identifier, by the API's own id", () => {
    const message = buildEventMessage("e2", event, { crn: null, pncId: null }, "http://localhost:4000");
    expect(message.personReference.identifiers).toEqual([]);
    expect(message.additionalInformation.perpetratorId).toBe(toGlobalId("Perpetrator", event.perpetratorId));
  });
});

describe("isoWithOffset", () => {
  it.each([
    ["2026-01-15T09:30:00Z", "2026-01-15T09:30:00.000+00:00"],
    ["2026-07-15T09:30:00Z", "2026-07-15T10:30:00.000+01:00"],
    ["2026-03-29T00:59:59Z", "2026-03-29T00:59:59.000+00:00"],
    ["2026-03-29T01:00:00Z", "2026-03-29T02:00:00.000+01:00"],
  ])("%s is %s in London", (utc, local) => {
    expect(isoWithOffset(new Date(utc))).toBe(local);
    expect(new Date(isoWithOffset(new Date(utc))).toISOString()).toBe(new Date(utc).toISOString());
  });
});

describe("signatures", () => {
  const body = JSON.stringify({ eventType: "safeguard.referral.status-changed" });
  const now = 1_780_000_000;
  it.each([
    [{ signature: signatureFor("whsec_a", now, body), timestamp: String(now) }, body, now, "OK"],
    [{ signature: signatureFor("whsec_a", now, body), timestamp: String(now) }, body, now + 299, "OK"],
    [{ signature: signatureFor("whsec_a", now, body), timestamp: String(now) }, body, now + 301, "STALE"],
    [{ signature: signatureFor("whsec_b", now, body), timestamp: String(now) }, body, now, "MISMATCH"],
    [{ signature: signatureFor("whsec_a", now, body), timestamp: String(now) }, `${body} `, now, "MISMATCH"],
    [{ signature: signatureFor("whsec_a", now, body), timestamp: String(now + 1) }, body, now, "MISMATCH"],
    [{ signature: undefined, timestamp: String(now) }, body, now, "MISSING"],
  ] as const)("%o over the body: %s", (headers, sent, at, verdict) => {
    expect(verifySignature("whsec_a", headers, sent, at)).toBe(verdict);
  });

  it("is v1= and 64 hex digits", () => expect(signatureFor("k", 1, "{}")).toMatch(/^v1=[0-9a-f]{64}$/));
});

describe("checkSubscriber", () => {
  it.each([
    [{ name: "CMS", url: "https://cms.example/hooks", eventTypes: [] }, []],
    [{ name: "CMS", url: "http://10.0.0.5:8080/x", eventTypes: ["safeguard.referral.completed"] }, []],
    [{ name: "", url: "https://cms.example", eventTypes: [] }, ["name"]],
    [{ name: "CMS", url: "ftp://cms.example", eventTypes: [] }, ["url"]],
    [{ name: "CMS", url: "not a url", eventTypes: [] }, ["url"]],
    [{ name: "CMS", url: "https://user:pw@cms.example", eventTypes: [] }, ["url"]],
    [{ name: "CMS", url: "https://cms.example", eventTypes: ["safeguard.nope"] }, ["eventTypes"]],
  ])("%o: refused on %o", (input, fields) => {
    expect(checkSubscriber(input).map((r) => r.field)).toEqual(fields);
  });
});
