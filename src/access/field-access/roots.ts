import { type AccessDecision } from "./decisions.js";

/** Entry points: Query, Mutation and Subscription fields. */
export const ROOTS_FIELDS: Readonly<Record<string, AccessDecision>> = {
  // Entry points: each service asks the role (FORBIDDEN for roles with no relationship to the type) and scopes its pages.
  "Query.programmes": "root",
  "Query.perpetrator": "root",
  "Query.perpetrators": "root",
  "Query.programmeGroup": "root",
  "Query.programmeGroups": "root",
  "Query.programmeSession": "root",
  "Query.referral": "root",
  "Query.referrals": "root",
  "Query.caseAllocations": "root",
  "Query.iomStaff": "root",
  "Query.iomCohort": "root",
  "Query.iomMembership": "root",
  "Query.iomWorkload": "root",
  "Query.auditEvents": "root",
  "Query.victims": "root",
  "Query.safetyAlerts": "root",
  "Query.victimSafetyStatistics": "root",
  "Query.programmePerformance": "root",
  "Query.victimSafetyReport": "root",
  "Query.iomReport": "root",
  "Query.node": "root",
  // ADMIN or SAR_DATA_ACCESS for anyone; case staff only with their own approved, unexpired request for
  // that person (sar-request.rules.ts exportRefusal); the person's own data, never a victim's.
  "Query.subjectAccessExport": "root",
  // Auditors and admins read every request; case staff their own (the page is scoped by requested_by).
  "Query.subjectAccessRequests": "root",

  // Entry points: each service asks the role and, for a row it changes, the relationship.
  "Mutation.createPerpetrator": "root",
  // An admin for anyone; probation only as the person's allocated practitioner (isAllocatedPractitioner); others FORBIDDEN.
  "Mutation.updatePerpetrator": "root",
  "Mutation.mergePerpetrators": "root",
  // Case staff, for a person they may see (visibility); an auditor other than the requester decides.
  "Mutation.requestSubjectAccess": "root",
  "Mutation.decideSubjectAccessRequest": "root",
  // ADMIN only (FORBIDDEN for everyone else): it writes people and referrals for any area.
  "Mutation.importCsv": "root",
  "Mutation.createProgrammeGroup": "root",
  "Mutation.scheduleSession": "root",
  "Mutation.rescheduleSession": "root",
  "Mutation.addGroupFacilitator": "root",
  "Mutation.removeGroupFacilitator": "root",
  "Mutation.updateGroup": "root",
  "Mutation.closeGroup": "root",
  "Mutation.cancelSession": "root",
  "Mutation.addCatchUpSession": "root",
  "Mutation.referToProgramme": "root",
  "Mutation.transitionReferral": "root",
  "Mutation.allocateToGroup": "root",
  "Mutation.transferToGroup": "root",
  "Mutation.recordReferralSentence": "root",
  "Mutation.recordSessionAttendance": "root",
  // An admin for any referral; probation only as the person's allocated practitioner (isAllocatedPractitioner); others FORBIDDEN.
  "Mutation.recordEnforcementAction": "root",
  "Mutation.allocateCase": "root",
  "Mutation.endCaseAllocation": "root",
  "Mutation.registerIomStaffMember": "root",
  "Mutation.updateIomStaffMember": "root",
  "Mutation.selectForIomCohort": "root",
  "Mutation.deselectFromIomCohort": "root",
  "Mutation.assignOffenderManager": "root",
  "Mutation.createInterventionPlan": "root",
  "Mutation.replanIntervention": "root",
  "Mutation.recordPlanReview": "root",
  "Mutation.addPlanAction": "root",
  "Mutation.updatePlanAction": "root",
  "Mutation.recordVictim": "root",
  "Mutation.updateVictim": "root",
  "Mutation.linkVictimToPerpetrator": "root",
  "Mutation.endVictimLink": "root",
  "Mutation.allocateSupportWorker": "root",
  "Mutation.endSupportAllocation": "root",
  "Mutation.recordRiskAssessment": "root",
  "Mutation.recordSafetyIncident": "root",
  "Mutation.referToMarac": "root",
  "Mutation.setMaracHearing": "root",
  "Mutation.recordProtectiveOrder": "root",
  "Mutation.varyProtectiveOrder": "root",
  "Mutation.acknowledgeSafetyAlert": "root",
  "Mutation.raiseExpiringOrderAlerts": "root",

  // Entry point: alerts for the subscriber only; each alert also passes guardEdges.
  "Subscription.safetyAlertCreated": "root",

};
