/**
 * Referrals that have not (yet) reached a group: still in assessment or on a waiting list, and those
 * closed before a group (unsuitable, withdrawn, dropped out), as many of each as the plan asks for.
 */
import type { ProgrammeCode } from "../modules/programmes/index.js";
import type { ReferralStatus } from "../modules/referrals/index.js";
import { DAY } from "./calendar.js";
import type { DemoDraft, ProgrammeInfo, ReferralDraft } from "./demo-drafts.js";
import { WAITING_SPECS } from "./demo-plan.js";
import { chainBack, newReferral, preAllocationStep, prePath } from "./demo-referrals.js";

export function buildWaitingReferrals(demo: DemoDraft): void {
  for (const code of Object.keys(WAITING_SPECS) as ProgrammeCode[]) {
    for (const [status, count] of Object.entries(WAITING_SPECS[code]) as [ReferralStatus, number][]) {
      for (let i = 0; i < count; i++) demo.referralDrafts.push(waitingReferral(demo, demo.programme(code), status));
    }
  }
}

function waitingReferral(demo: DemoDraft, programme: ProgrammeInfo, status: ReferralStatus): ReferralDraft {
  const rng = demo.rng;
  const draft = newReferral(demo, programme, status);
  let path: ReferralStatus[];
  let daysAgo: [number, number];
  switch (status) {
    case "REFERRED":
      path = ["REFERRED"];
      daysAgo = [0.5, 20];
      break;
    case "AWAITING_ASSESSMENT":
      path = rng.chance(0.3)
        ? ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "AWAITING_ASSESSMENT"]
        : ["REFERRED", "AWAITING_ASSESSMENT"];
      daysAgo = [1, 30];
      break;
    case "ASSESSED_SUITABLE":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE"];
      daysAgo = [1, 20];
      break;
    case "ASSESSED_UNSUITABLE":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_UNSUITABLE"];
      daysAgo = [10, 360];
      break;
    case "DID_NOT_ATTEND_ASSESSMENT":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT"];
      daysAgo = [2, 25];
      break;
    case "DEFERRED":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "DEFERRED"];
      daysAgo = [5, 80];
      break;
    case "SUITABLE_NOT_READY":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "SUITABLE_NOT_READY"];
      daysAgo = [5, 100];
      break;
    case "AWAITING_ALLOCATION":
      path = prePath(demo);
      daysAgo = [3, 90];
      break;
    case "WITHDRAWN": {
      const from = rng.weighted([
        [["REFERRED"], 2],
        [["REFERRED", "AWAITING_ASSESSMENT"], 3],
        [["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT"], 2],
        [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 3],
      ] as const);
      path = [...from, "WITHDRAWN"];
      daysAgo = [5, 380];
      const reason = rng.weighted([["DECLINED", 35], ["MOVED_AREA", 20], ["REFERRER_WITHDREW", 20], ["CUSTODY", 15], ["OTHER", 10]] as const);
      draft.withdrawalReason = programme.rules.mandated && reason === "DECLINED" ? "CUSTODY" : reason;
      break;
    }
    case "DROPPED_OUT":
      path = ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "DROPPED_OUT"];
      daysAgo = [10, 380];
      break;
    default:
      throw new Error(`${status} referrals are made as group members`);
  }
  const endAt = demo.clockBetween(
    new Date(demo.now.getTime() - daysAgo[1] * DAY),
    new Date(demo.now.getTime() - daysAgo[0] * DAY),
  );
  const lastStatus = path[path.length - 1]!;
  const times = [...chainBack(demo, path.slice(0, -1), { status: lastStatus, at: endAt }), endAt];
  draft.steps = path.map((to, i) => preAllocationStep(demo, draft, path[i - 1] ?? null, to, times[i]!));
  return draft;
}
