/**
 * The people at risk in the demo: for about half the demo perpetrators, a partner or ex-partner (a parent for
 * the PACT youths), some of their children alongside, a few people at risk from two perpetrators, and the
 * contact-safety details recorded for them.
 */
import type { DashLevel, Relationship } from "../modules/victim-safety/index.js";
import { isoDate } from "../shared/clock.js";
import { ageOn, shiftIsoDate, shiftIsoDateMonths } from "../shared/dates.js";
import { MINUTE } from "./calendar.js";
import { BACKGROUNDS, type Background } from "./names.js";
import { required, type ContactSafety, type LinkDraft, type PerpetratorInfo, type VictimDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";
import { CHILD_CONTACT_NOTES, CONTACT_METHODS, CONTACT_NOTES, CONTACT_TIMES } from "./victim-safety-text.js";

/** Perpetrators with at least one person at risk linked to them. */
export const LINKED_PERPETRATORS = 110;
/** People at risk from two perpetrators: an ex-partner of one and the partner of another. */
export const SHARED_VICTIMS = 4;
const ENDED_LINK_SHARE = 0.12;

/** The demo people, with the programmes they were referred to. */
export function readPerpetrators(draft: VictimSafetyDraft): void {
  const programmes = new Map(draft.input.programmes.map((p) => [p.id, p]));
  const children = new Map<string, string[]>();
  for (const c of draft.input.perpetratorChildren) children.set(c.perpetratorId, [...(children.get(c.perpetratorId) ?? []), c.dateOfBirth]);
  for (const p of draft.input.perpetrators) {
    const id = required(p.id, "perpetrator id");
    const referrals = draft.input.referrals
      .filter((r) => r.perpetratorId === id)
      .map((r) => {
        const programme = required(programmes.get(r.programmeId), `programme of referral ${r.id}`);
        return {
          id: required(r.id, "referral id"),
          code: programme.code,
          programmeName: programme.name,
          status: required(r.status, "referral status"),
          version: required(r.version, "referral version"),
          referredOn: isoDate(required(r.referredAt, "referredAt")),
          closedAt: r.closedAt ?? null,
        };
      })
      .sort((a, b) => a.referredOn.localeCompare(b.referredOn));
    draft.perpetrators.push({
      id,
      familyName: p.familyName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      ethnicity: p.ethnicity ?? null,
      youth: ageOn(p.dateOfBirth, draft.today) < 18,
      recordedOn: isoDate(required(p.createdAt, "perpetrator createdAt")),
      childBirthDates: (children.get(id) ?? []).filter((dob) => draft.isChildToday(dob)),
      referrals,
    });
  }
}

/** About half the perpetrators, people with programme referrals more often than not. */
export function buildVictims(draft: VictimSafetyDraft): void {
  const rng = draft.rng;
  const keyed = draft.perpetrators.map((p) => ({ p, key: rng.next() * (p.referrals.some((r) => r.code !== "PACT") ? 1.7 : 1) }));
  const chosen = keyed.sort((a, b) => b.key - a.key).slice(0, LINKED_PERPETRATORS).map((k) => k.p);
  if (chosen.length < LINKED_PERPETRATORS) throw new Error("Victim-safety seed: too few perpetrators");
  for (const p of chosen) addFamily(draft, p);
  shareVictims(draft);
  for (const victim of draft.victims) victim.contact = contactSafety(draft, victim);
}

function addFamily(draft: VictimSafetyDraft, p: PerpetratorInfo): void {
  const rng = draft.rng;
  const age = ageOn(p.dateOfBirth, draft.today);
  const background = backgroundOf(draft, p);
  const startedOn = draft.dayBetween(p.recordedOn, draft.day(-14));
  const endedOn = rng.chance(ENDED_LINK_SHARE) && shiftIsoDate(startedOn, 45) < draft.yesterday ? draft.dayBetween(shiftIsoDate(startedOn, 45), draft.yesterday) : null;
  const link = (victim: VictimDraft, relationship: Relationship, baseLevel: DashLevel): LinkDraft => {
    const draftLink: LinkDraft = { id: rng.uuid(), victim, perpetrator: p, relationship, startedOn, endedOn, createdAt: draft.timeOn(startedOn), baseLevel, incidents: [], assessments: [], maracs: [] };
    victim.links.push(draftLink);
    draft.links.push(draftLink);
    return draftLink;
  };
  const level = () => rng.weighted<DashLevel>([["HIGH", 25], ["MEDIUM", 35], ["STANDARD", 40]]);

  if (p.youth) {
    // Child-to-parent abuse: PACT's families.
    const female = rng.chance(0.85);
    link(adult(draft, background, female, age + rng.int(20, 34), rng.chance(0.8) ? p.familyName : null, false), "PARENT", level());
    return;
  }
  const relationship = rng.weighted<Relationship>([["PARTNER", 44], ["EX_PARTNER", 44], ["PARENT", 7], ["OTHER_FAMILY", 5]]);
  if (relationship === "PARENT") {
    link(adult(draft, background, rng.chance(0.8), Math.min(age + rng.int(20, 32), 88), rng.chance(0.85) ? p.familyName : null, true), "PARENT", level());
    return;
  }
  if (relationship === "OTHER_FAMILY") {
    link(adult(draft, background, rng.chance(0.6), Math.max(18, age + rng.int(-5, 5)), p.familyName, true), "OTHER_FAMILY", level());
    return;
  }
  const partnerFemale = () => (p.sex === "MALE" ? !rng.chance(0.04) : p.sex === "FEMALE" ? rng.chance(0.15) : rng.chance(0.5));
  const sharesName = rng.chance(relationship === "PARTNER" ? 0.5 : 0.3);
  const victim = adult(draft, background, partnerFemale(), Math.max(18, age + rng.int(-6, 4)), sharesName ? p.familyName : null, true);
  const parentLink = link(victim, relationship, level());
  if (relationship === "PARTNER" && rng.chance(0.08)) {
    link(adult(draft, backgroundOf(draft, p), partnerFemale(), Math.max(18, age + rng.int(-6, 4)), null, true), "EX_PARTNER", level());
  }
  // Children linked alongside their mother: children today, born by the day the link was made, one surname.
  const born = p.childBirthDates.filter((dob) => dob <= startedOn);
  if (victim.female && born.length && rng.chance(0.45)) {
    const count = Math.min(born.length, rng.weighted([[1, 60], [2, 40]] as const));
    const lastName = rng.chance(0.6) ? p.familyName : victim.lastName;
    const given = new Set<string>();
    for (const dateOfBirth of rng.shuffle(born).slice(0, count)) {
      const girl = rng.chance(0.5);
      const names = (girl ? background.girlNames : background.boyNames).filter((n) => !given.has(n));
      const firstName = rng.pick(names.length ? names : background.girlNames);
      given.add(firstName);
      const child: VictimDraft = { id: rng.uuid(), firstName, lastName, dateOfBirth, female: girl, child: true, contact: emptyContact(), links: [], allocations: [] };
      draft.victims.push(child);
      // Recorded straight after the parent's link.
      link(child, "CHILD", parentLink.baseLevel).createdAt = new Date(parentLink.createdAt.getTime() + rng.int(2, 20) * MINUTE);
    }
  }
}

function adult(draft: VictimSafetyDraft, background: Background, female: boolean, age: number, familyName: string | null, dobMayBeUnknown: boolean): VictimDraft {
  const rng = draft.rng;
  const known = !dobMayBeUnknown || !rng.chance(0.15);
  const victim: VictimDraft = {
    id: rng.uuid(),
    firstName: rng.pick(female ? background.femaleNames : background.maleNames),
    lastName: familyName ?? rng.pick(background.familyNames),
    dateOfBirth: known ? shiftIsoDate(shiftIsoDateMonths(draft.today, -12 * age), -rng.int(0, 364)) : null,
    female,
    child: false,
    contact: emptyContact(),
    links: [],
    allocations: [],
  };
  draft.victims.push(victim);
  return victim;
}

/** Most partners share the perpetrator's background where it was recorded. */
function backgroundOf(draft: VictimSafetyDraft, p: PerpetratorInfo): Background {
  const own = BACKGROUNDS.find((b) => b.ethnicity === p.ethnicity);
  if (own && draft.rng.chance(0.75)) return own;
  return draft.rng.weighted(BACKGROUNDS.map((b) => [b, b.weight] as const));
}

/** An ex-partner of one perpetrator who is now the partner of another: the later link takes the earlier victim. */
function shareVictims(draft: VictimSafetyDraft): void {
  const rng = draft.rng;
  const alone = (l: LinkDraft) => !l.victim.child && l.victim.links.length === 1 && !draft.links.some((o) => o !== l && o.perpetrator === l.perpetrator && o.relationship === "CHILD");
  const exes = rng.shuffle(draft.links.filter((l) => l.relationship === "EX_PARTNER" && alone(l) && l.victim.female));
  const partners = rng.shuffle(draft.links.filter((l) => l.relationship === "PARTNER" && alone(l) && l.victim.female));
  let shared = 0;
  for (const ex of exes) {
    if (shared === SHARED_VICTIMS) break;
    const later = partners.find((l) => l.perpetrator !== ex.perpetrator && l.startedOn >= ex.startedOn && l.victim.links.length === 1);
    if (!later) continue;
    draft.victims.splice(draft.victims.indexOf(later.victim), 1);
    later.victim = ex.victim;
    ex.victim.links.push(later);
    partners.splice(partners.indexOf(later), 1);
    shared++;
  }
  if (shared < SHARED_VICTIMS) throw new Error("Victim-safety seed: too few pairs for victims linked to two perpetrators");
}

function emptyContact(): ContactSafety {
  return { method: null, times: null, addressKnown: null, notes: null };
}

function contactSafety(draft: VictimSafetyDraft, victim: VictimDraft): ContactSafety {
  const rng = draft.rng;
  const relationship = victim.links[0]!.relationship;
  if (victim.child) {
    const parent = draft.links.find((l) => l.perpetrator === victim.links[0]!.perpetrator && l.relationship !== "CHILD")!.victim;
    return {
      method: rng.chance(0.7) ? "VIA_SUPPORT_WORKER" : null,
      times: null,
      addressKnown: parent.contact.addressKnown,
      notes: rng.chance(0.6) ? rng.pick(CHILD_CONTACT_NOTES) : null,
    };
  }
  if (!rng.chance(0.88)) return emptyContact();
  const method = rng.weighted(CONTACT_METHODS);
  const digits = String(rng.int(0, 9999)).padStart(4, "0");
  const knownWeights: Record<string, number> = { PARTNER: 0.9, EX_PARTNER: 0.4, PARENT: 0.85, OTHER_FAMILY: 0.7 };
  return {
    method,
    times: method === "NONE" || method === "VIA_SUPPORT_WORKER" || !rng.chance(0.75) ? null : rng.pick(CONTACT_TIMES),
    addressKnown: rng.chance(0.15) ? null : rng.chance(knownWeights[relationship] ?? 0.5),
    notes: rng.chance(0.8) ? rng.pick(CONTACT_NOTES[method])(digits) : null,
  };
}
