import {
  AddPlanActionDocument,
  AssignOffenderManagerDocument,
  CreateInterventionPlanDocument,
  DeselectFromIomCohortDocument,
  IomCohortDocument,
  IomMemberPageDocument,
  RecordPlanReviewDocument,
  ReplanInterventionDocument,
  SelectForIomCohortDocument,
  UpdatePlanActionDocument,
  type DeselectFromIomCohortInput,
  type IomCohortFilter,
  type PlanActionInput,
  type RecordPlanReviewInput,
  type ReplanInterventionInput,
  type SelectForIomCohortInput,
  type UpdatePlanActionInput,
} from "../../client/generated/graphql.js";
import type { IomFixtures } from "./iom-fixtures.js";
import type { TestServer } from "./server.js";

/** A police offender manager from the IOM fixtures: their staff record and a token to act as them. */
export type Officer = Awaited<ReturnType<IomFixtures["offenderManager"]>>;

/** The user errors of a payload as a client matches on them: code and field path. */
export const refusals = (payload: { userErrors: { code: string; field: string[] }[] }) => payload.userErrors.map(({ code, field }) => ({ code, field }));
export const iso = (dateTime: string | null | undefined) => (dateTime ? new Date(dateTime).toISOString() : dateTime);
export const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
export const sorted = (ids: string[]) => [...ids].sort();

/**
 * The IOM operations the tests send, over HTTP as a client would, each answering its payload. They act as the
 * fixtures' supervisor unless given another token.
 */
export function iomOperations(server: TestServer, iom: IomFixtures) {
  async function select(input: Partial<SelectForIomCohortInput> & { perpetratorId: string }, token = iom.supervisor) {
    const full: SelectForIomCohortInput = { selectionSource: "FRONT_DOOR_SAFEGUARDING_HUB", cohortType: "FLEX", startedOn: "2026-03-01", ...input };
    return (await server.query(SelectForIomCohortDocument, { input: full }, token)).selectForIomCohort;
  }

  async function deselect(input: DeselectFromIomCohortInput, token = iom.supervisor) {
    return (await server.query(DeselectFromIomCohortDocument, { input }, token)).deselectFromIomCohort;
  }

  async function assign(membershipId: string, staffId: string, startedOn: string, reason?: string) {
    return (await server.query(AssignOffenderManagerDocument, { input: { membershipId, staffId, startedOn, reason } }, iom.supervisor)).assignOffenderManager;
  }

  async function createPlan(membershipId: string, actions: PlanActionInput[], reviewDueOn = "2026-08-01", token = iom.supervisor) {
    return (await server.query(CreateInterventionPlanDocument, { input: { membershipId, summary: "First plan", reviewDueOn, actions } }, token)).createInterventionPlan;
  }

  async function replan(input: ReplanInterventionInput, token = iom.supervisor) {
    return (await server.query(ReplanInterventionDocument, { input }, token)).replanIntervention;
  }

  async function addAction(planId: string, action: PlanActionInput, token = iom.supervisor) {
    return (await server.query(AddPlanActionDocument, { input: { planId, action } }, token)).addPlanAction;
  }

  async function updateAction(input: UpdatePlanActionInput, token = iom.supervisor) {
    return (await server.query(UpdatePlanActionDocument, { input }, token)).updatePlanAction;
  }

  async function review(input: RecordPlanReviewInput, token = iom.supervisor) {
    return (await server.query(RecordPlanReviewDocument, { input }, token)).recordPlanReview;
  }

  async function memberDetail(id: string, token = iom.supervisor) {
    const data = await server.query(IomMemberPageDocument, { id }, token);
    return data.iomMembership!;
  }

  async function cohort(filter: IomCohortFilter, token = iom.supervisor, first = 100) {
    return (await server.query(IomCohortDocument, { first, filter }, token)).iomCohort;
  }

  return { select, deselect, assign, createPlan, replan, addAction, updateAction, review, memberDetail, cohort };
}

export type IomOperations = ReturnType<typeof iomOperations>;
