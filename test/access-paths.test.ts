import { randomUUID } from "node:crypto";
import { getNullableType, isLeafType, isListType, isObjectType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGGREGATE, COUNT_OF_VISIBLE_ROWS, FIELD_ACCESS } from "../src/access/field-access/index.js";
import { GUARDED_TYPES } from "../src/access/visibility.types.js";
import { buildAppSchema } from "../src/schema.js";
import { CASE_READERS, Role } from "../src/shared/auth/roles.js";
import { fromGlobalId, toGlobalId } from "../src/shared/global-id.js";
import { buildAccessWorld, PROBATION_SERVICE, type AccessWorld } from "./support/access-world.js";
import { comparable, lookupFields, nodeDocument, queryPaths, rootCalls } from "./support/schema-walk.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { PURPOSE } from "./support/victim-fixtures.js";

/*
 * Walks every path of the schema as every kind of caller, and compares what comes back with an
 * oracle written from the access rules (not from the server): the rows each caller may see, by the
 * names the world gives them (test/support/access-world.ts). The documents are generated from the
 * schema (test/support/schema-walk.ts), so a new field is walked the day it is added, and
 * field-access.test.ts makes someone decide who may see it.
 *
 * A leak is a guarded row the oracle does not give the caller, a non-null value of a role-restricted
 * or code-decided field they may not read, a count of rows they may not see, an error other than a
 * refusal, or a hidden id answering differently from a random id of its type.
 */

// ---- The oracle ------------------------------------------------------------------------------

const CASE = ["PA", "PMOVED", "PB", "PENDED", "PWITHDRAWN", "POLD", "R.PA", "R.PMOVED", "R.PB", "R.PWITHDRAWN", "GA", "GB", "GA.S1", "GA.S2", "GB.S1", "GB.S2", "GB.CU.PMOVED"];
const REGISTERS = ["AR.A1.PA", "AR.A1.PMOVED", "AR.B1.PB", "AR.B1.PMOVED"];
const ALLOCATIONS = ["CA.PA", "CA.PENDED"];
const ALL_CASE = [...CASE, ...REGISTERS, ...ALLOCATIONS];
const IOM_OF_PA = ["M.PA", "PLAN.PA", "ACT.PA.HOUSING", "ACT.PA.OWNED", "ACT.PA.PROGRAMME"];
const IOM = [...IOM_OF_PA, "M.PENDED", "PLAN.PENDED", "ACT.PENDED"];
const STAFF = ["STAFF.OM1", "STAFF.OM2", "STAFF.OWNER"];
const SAFETY_OF_PA = ["VA", "VX", "L.VA", "L.VX", "RA.VA", "INC.VA", "MARAC.VA.1", "MARAC.VA.2", "SA.VA.SW1", "SA.VA.OTHER", "ORD.PA"];
const SAFETY_OF_PENDED = ["VENDED", "L.VENDED", "RA.VENDED", "INC.VENDED", "SA.VENDED.SW1", "ORD.PENDED"];
const SAFETY = [...SAFETY_OF_PA, ...SAFETY_OF_PENDED, "VB", "L.VB", "RA.VB", "ORD.PB", "VW", "L.VW"];
const ALERTS = ["ALERT.VA.sw-1", "ALERT.VA.idva-2", "ALERT.VX.QUEUE", "ALERT.VENDED.sw-1", "ALERT.VB.QUEUE", "ALERT.VW.QUEUE"];
const PEOPLE = ["PA", "PMOVED", "PB", "PENDED", "PWITHDRAWN", "POLD"];
const VICTIMS = ["VA", "VX", "VENDED", "VB", "VW"];

interface Viewer {
  name: string;
  roles: Role[];
  sub: string;
  org?: string;
  /** The world rows this viewer may see (every guarded type). */
  sees: string[];
  /** Victims whose contact-safety details they may read. */
  contact?: string[];
  /** People whose "has active safety concerns" flag they may read. */
  concerns?: string[];
}

const VIEWERS: Viewer[] = [
  // A facilitator sees the group they run now, its sessions, the people in it now and their rows in it.
  { name: "fac-a", roles: [Role.FACILITATOR], sub: "fac-a", sees: ["PA", "R.PA", "GA", "GA.S1", "GA.S2", "AR.A1.PA"], concerns: ["PA"] },
  // fac-b sees PMOVED (in B now), their B row and the catch-up held in B for them, not their A row nor group A.
  { name: "fac-b", roles: [Role.FACILITATOR], sub: "fac-b", sees: ["PB", "PMOVED", "R.PB", "R.PMOVED", "GB", "GB.S1", "GB.S2", "GB.CU.PMOVED", "AR.B1.PB", "AR.B1.PMOVED"], concerns: ["PB", "PMOVED"] },
  // Removed from A from today, and added to B from next week: exactly what a facilitator of nothing sees (nothing).
  { name: "fac-a-left", roles: [Role.FACILITATOR], sub: "fac-a-left", sees: [] },
  { name: "fac-b-next", roles: [Role.FACILITATOR], sub: "fac-b-next", sees: [] },
  // Probation reads every case; the IOM and victim-safety rows of the cases allocated to them now (not PENDED: ended).
  { name: "prob-1", roles: [Role.PROBATION], sub: "prob-1", org: PROBATION_SERVICE, sees: [...ALL_CASE, ...IOM_OF_PA, ...STAFF, ...SAFETY_OF_PA], concerns: ["PA"] },
  // Same organisation, not the practitioner: the IOM membership of the organisation's case, no victim.
  { name: "prob-org", roles: [Role.PROBATION], sub: "prob-org", org: PROBATION_SERVICE, sees: [...ALL_CASE, ...IOM_OF_PA, ...STAFF] },
  // Owns an action in PA's plan: PA's membership, plan and actions, no victim.
  { name: "prob-owner", roles: [Role.PROBATION], sub: "prob-owner", org: "Community Probation Partnership", sees: [...ALL_CASE, ...IOM_OF_PA, ...STAFF] },
  // Referred (and withdrew) PWITHDRAWN: that gives nothing beyond what every probation user reads.
  { name: "prob-self", roles: [Role.PROBATION], sub: "prob-self", org: "Community Rehabilitation Company", sees: [...ALL_CASE, ...STAFF] },
  { name: "om-1", roles: [Role.IOM_OFFICER], sub: "om-1", sees: [...ALL_CASE, ...IOM, ...STAFF, ...SAFETY_OF_PA], concerns: ["PA"] },
  { name: "om-2", roles: [Role.IOM_OFFICER], sub: "om-2", sees: [...ALL_CASE, ...IOM, ...STAFF, ...SAFETY_OF_PENDED], concerns: ["PENDED"] },
  // sw-1 supports VA now (VENDED no longer): VA, its link, risk, MARAC, support, the order protecting it,
  // their own alert about VA, and the name of PA. Not VX (another victim of PA), nothing of VENDED.
  {
    name: "sw-1",
    roles: [Role.SUPPORT_WORKER],
    sub: "sw-1",
    sees: ["PA", "VA", "L.VA", "RA.VA", "INC.VA", "MARAC.VA.1", "MARAC.VA.2", "SA.VA.SW1", "SA.VA.OTHER", "ORD.PA", "ALERT.VA.sw-1"],
    contact: ["VA"],
    concerns: ["PA"],
  },
  { name: "safeguarding", roles: [Role.SAFEGUARDING], sub: "safeguarding-1", sees: [...ALL_CASE, ...SAFETY, ...ALERTS], contact: VICTIMS, concerns: PEOPLE },
  { name: "police", roles: [Role.POLICE], sub: "police-1", sees: [...ALL_CASE, ...IOM, ...STAFF, ...SAFETY, ...ALERTS], contact: VICTIMS, concerns: PEOPLE },
  { name: "admin", roles: [Role.ADMIN], sub: "admin-1", sees: [...ALL_CASE, ...IOM, ...STAFF] },
  { name: "iom-supervisor", roles: [Role.IOM_SUPERVISOR], sub: "iom-sup-1", sees: [...ALL_CASE, ...IOM, ...STAFF] },
  { name: "analyst", roles: [Role.ANALYST], sub: "analyst-1", sees: [] },
  { name: "auditor", roles: [Role.AUDITOR], sub: "auditor-1", sees: [] },
];

/** The only error codes a walk may meet: refusals that say nothing about a row. */
const ALLOWED_ERRORS = new Set(["FORBIDDEN", "NOT_FOUND", "PURPOSE_REQUIRED"]);

/** How each field decided in code is checked; a new custom decision needs a rule here. */
type CustomRule = "caseReaders" | "concerns" | "contact" | "countOfVisible" | "aggregate" | "published";
const CUSTOM_RULES: Record<string, CustomRule> = {
  "Perpetrator.children": "caseReaders",
  "Perpetrator.hasActiveSafetyConcerns": "concerns",
  "Victim.contactSafety": "contact",
  // Reports: ANALYST and ADMIN only, and no count from 1 to 4 for anyone.
  "ReportCount.value": "published",
  "ReportMeasure.value": "published",
  "ProgrammePerformanceReport.csv": "published",
  "VictimSafetyReport.csv": "published",
  "IomReport.csv": "published",
};
function customRule(key: string): CustomRule | undefined {
  const decision = FIELD_ACCESS[key];
  if (typeof decision !== "object") return undefined;
  if (CUSTOM_RULES[key]) return CUSTOM_RULES[key];
  if (decision === COUNT_OF_VISIBLE_ROWS) return "countOfVisible";
  if (decision === AGGREGATE) return "aggregate";
  return undefined;
}

// ---- Reading answers -------------------------------------------------------------------------

const guarded = new Set<string>(GUARDED_TYPES);

interface Leak {
  viewer: string;
  where: string;
  what: string;
}

interface Tally {
  documents: number;
  rows: number;
  paths: Map<string, Set<string>>;
  leaks: Leak[];
  audit: string[];
  /** The world rows each viewer was shown, anywhere. */
  shown: Map<string, Set<string>>;
  /** The world rows node(id) answered for each viewer (with every field it did not refuse). */
  opened: Map<string, Set<string>>;
}

let schema: GraphQLSchema;
let server: TestServer;
let world: AccessWorld;
const nameOfId = new Map<string, string>();
const tally: Tally = { documents: 0, rows: 0, paths: new Map(), leaks: [], audit: [], shown: new Map(), opened: new Map() };

/** Checks one answer against the viewer's oracle: rows, role-restricted fields, custom fields, counts, errors. */
function check(viewer: Viewer, where: string, body: { data?: unknown; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }, rootType: GraphQLObjectType, found: Set<string>) {
  const visible = new Set(viewer.sees);
  const leak = (at: string, what: string) => tally.leaks.push({ viewer: viewer.name, where: `${where} ${at}`, what });
  for (const error of body.errors ?? []) {
    const code = String(error.extensions?.["code"]);
    if (!ALLOWED_ERRORS.has(code)) leak((error.path ?? []).join("."), `error ${code}: ${error.message}`);
  }
  const walked = tally.paths.get(viewer.name) ?? new Set<string>();
  tally.paths.set(viewer.name, walked);
  const shown = tally.shown.get(viewer.name) ?? new Set<string>();
  tally.shown.set(viewer.name, shown);

  const visit = (value: unknown, type: GraphQLOutputType, path: string): void => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      (value as unknown[]).forEach((item, index) => visit(item, nullable.ofType, `${path}.${index}`));
      return;
    }
    if (isLeafType(nullable)) return;
    const object = value as Record<string, unknown>;
    const typename = typeof object["__typename"] === "string" ? object["__typename"] : nullable.name;
    const concrete = schema.getType(typename) as GraphQLObjectType;
    const id = typeof object["id"] === "string" ? object["id"] : null;
    const rowName = id ? nameOfId.get(id) : undefined;
    if (id && guarded.has(typename)) {
      tally.rows += 1;
      if (rowName) shown.add(rowName);
      if (!rowName) leak(path, `${typename} ${id} is not a row of the world`);
      else if (!visible.has(rowName)) leak(path, `${typename} ${rowName} shown`);
    }
    if (id && isObjectType(concrete) && concrete.getInterfaces().some((i) => i.name === "Node")) found.add(id);
    for (const [key, fieldValue] of Object.entries(object)) {
      if (key === "__typename") continue;
      const field = concrete.getFields()[key]!;
      const fieldKey = `${typename}.${key}`;
      walked.add(fieldKey);
      const at = `${path}.${key}`;
      const roles = field.extensions?.["requiredRoles"] as Role[] | undefined;
      if (roles && fieldValue !== null && !viewer.roles.some((role) => roles.includes(role))) leak(at, `${fieldKey} (roles ${roles.join(", ")}) shown`);
      switch (customRule(fieldKey)) {
        case "caseReaders":
          if (fieldValue !== null && !viewer.roles.some((role) => (CASE_READERS as readonly Role[]).includes(role))) leak(at, `${fieldKey} shown`);
          break;
        case "concerns":
          if (fieldValue !== null && !(viewer.concerns ?? []).includes(rowName ?? "")) leak(at, `${fieldKey} of ${rowName} shown`);
          break;
        case "contact":
          if (fieldValue !== null && !(viewer.contact ?? []).includes(rowName ?? "")) leak(at, `${fieldKey} of ${rowName} shown`);
          break;
        case "countOfVisible": {
          const edges = object["edges"] as unknown[] | undefined;
          const lastPage = (object["pageInfo"] as { hasNextPage?: boolean } | undefined)?.hasNextPage === false;
          if (typeof fieldValue === "number" && edges && lastPage && fieldValue !== edges.length) leak(at, `${fieldKey} ${fieldValue} counts rows not shown (${edges.length} shown)`);
          break;
        }
        case "published":
          if (fieldValue !== null && !viewer.roles.some((role) => role === Role.ANALYST || role === Role.ADMIN)) leak(at, `${fieldKey} shown`);
          if (fieldKey === "ReportCount.value" && typeof fieldValue === "number" && fieldValue > 0 && fieldValue < 5) leak(at, `${fieldKey} ${fieldValue}: a small count published`);
          break;
        case "aggregate":
          if (viewer.roles.includes(Role.ANALYST) && typeof fieldValue === "number" && fieldValue > 0 && fieldValue < 5) leak(at, `${fieldKey} ${fieldValue}: a small count shown to an analyst`);
          break;
      }
      visit(fieldValue, field.type, at);
    }
  };
  visit(body.data, rootType, "");
}

async function send(viewer: Viewer, token: string, where: string, document: string, variables: Record<string, unknown>, found: Set<string>) {
  tally.documents += 1;
  try {
    const result = await server.request(document, variables, token, { purpose: PURPOSE });
    check(viewer, where, result.body as never, schema.getQueryType()!, found);
    return result.body;
  } catch (error) {
    // The audit witness (test/support/server.ts) refused the answer: not a leak, but not right either.
    tally.audit.push(`${viewer.name} ${where}: ${(error as Error).message.split("\n").slice(0, 3).join(" | ")}`);
    return null;
  }
}

/**
 * node(id) with every field. A refused non-null field (FORBIDDEN, or NOT_FOUND below it) nulls the
 * whole row, so the row is asked for again without the refused fields until it answers: each refused
 * field counts as walked (its decision was met), and the rest of the row is still checked. Answers
 * the first (full) answer, for the comparison with a random id.
 */
async function fetchNode(viewer: Viewer, token: string, type: GraphQLObjectType, id: string, found: Set<string>) {
  const where = `node(${nameOfId.get(id) ?? type.name})`;
  const refused = new Set<string>();
  const first = await send(viewer, token, where, nodeDocument(type), { id }, found);
  let body = first;
  while (body && (body.data as { node?: unknown } | undefined)?.node === null) {
    const more = (body.errors ?? []).map((error) => error.path?.[1]).filter((field): field is string => typeof field === "string" && !refused.has(field));
    if (more.length === 0) break;
    for (const field of more) {
      refused.add(field);
      tally.paths.get(viewer.name)!.add(`${type.name}.${field}`);
    }
    body = await send(viewer, token, `${where} without ${[...refused].join(", ")}`, nodeDocument(type, refused), { id }, found);
  }
  const name = nameOfId.get(id);
  if (name && (body?.data as { node?: unknown } | undefined)?.node) {
    if (!tally.opened.has(viewer.name)) tally.opened.set(viewer.name, new Set());
    tally.opened.get(viewer.name)!.add(name);
  }
  return first;
}

/** One viewer's walk: the roots, typed lookups and node(id) of every id, then every id found, breadth first. */
async function walk(viewer: Viewer) {
  const token = await server.token(viewer.roles, viewer.sub, viewer.org ? { org: viewer.org } : undefined);
  const found = new Set<string>();
  const ids = Object.values(world.rows).map((row) => row.id);
  const idsOfType = (type: string) => Object.values(world.rows).filter((row) => row.type === type).map((row) => row.id);

  for (const call of rootCalls(schema, idsOfType)) await send(viewer, token, call.label, call.document, call.variables, found);

  // Typed lookups by id (perpetrator, referral, programmeGroup, ...): the same answer as node(id).
  const lookups = lookupFields(schema);
  const lookupBodies = new Map<string, unknown>();
  for (const { field, type } of lookups) {
    const document = `query WalkLookup($id: ID!) { ${field}(id: $id) { __typename id } }`;
    for (const id of [...idsOfType(type), toGlobalId(type, randomUUID())]) lookupBodies.set(`${field}:${id}`, await send(viewer, token, `${field}(id)`, document, { id }, found));
  }

  // node(id) with every field, for every id of the world and, breadth first, every id an answer names.
  const nodeBodies = new Map<string, unknown>();
  const queue = [...ids];
  const fetched = new Set<string>();
  while (queue.length) {
    const batch = queue.splice(0).filter((id) => !fetched.has(id));
    for (const id of batch) {
      fetched.add(id);
      const type = schema.getType(fromGlobalId(id)!.typeName) as GraphQLObjectType;
      nodeBodies.set(id, await fetchNode(viewer, token, type, id, found));
    }
    for (const id of found) if (!fetched.has(id)) queue.push(id);
  }

  // Not yours reads exactly as not there: a hidden id answers as a random id of its type, by node(id) and by its typed query.
  const hidden = Object.entries(world.rows).filter(([name]) => !viewer.sees.includes(name));
  const differs = (where: string, seen: unknown, missing: unknown) => {
    if (comparable(seen) !== comparable(missing)) tally.leaks.push({ viewer: viewer.name, where, what: `answers ${comparable(seen).slice(0, 240)} where a random id answers ${comparable(missing).slice(0, 240)}` });
  };
  for (const type of new Set(hidden.map(([, row]) => row.type))) {
    const missing = await send(viewer, token, `node(random ${type})`, nodeDocument(schema.getType(type) as GraphQLObjectType), { id: toGlobalId(type, randomUUID()) }, found);
    for (const [name, row] of hidden.filter(([, r]) => r.type === type)) differs(`node(${name})`, nodeBodies.get(row.id), missing);
  }
  for (const { field, type } of lookups) {
    const random = [...lookupBodies.keys()].find((key) => key.startsWith(`${field}:`) && !nameOfId.has(key.slice(field.length + 1)))!;
    for (const [name, row] of hidden.filter(([, r]) => r.type === type)) differs(`${field}(${name})`, lookupBodies.get(`${field}:${row.id}`), lookupBodies.get(random));
  }
}

// ---- The walk --------------------------------------------------------------------------------

beforeAll(async () => {
  schema = await buildAppSchema();
  server = await startTestServer();
  world = await buildAccessWorld(server);
  for (const [name, row] of Object.entries(world.rows)) nameOfId.set(row.id, name);
  const started = Date.now();
  for (const viewer of VIEWERS) await walk(viewer);
  console.log(`access walk: ${Date.now() - started} ms`);
}, 240_000);
afterAll(() => server?.close());

describe("every path of the schema, for every role and relationship", () => {
  it("built the world the oracle names", () => {
    const named = new Set(Object.keys(world.rows));
    const oracle = new Set([...ALL_CASE, ...IOM, ...STAFF, ...SAFETY, ...ALERTS]);
    expect([...named].sort()).toEqual([...oracle].sort());
  });

  it("walked every field reachable from Query and node(id), as someone", () => {
    const walked = new Set([...tally.paths.values()].flatMap((paths) => [...paths]));
    expect([...queryPaths(schema)].filter((path) => !walked.has(path))).toEqual([]);
  });

  it("every decision made in code has a rule in the walk", () => {
    const custom = Object.entries(FIELD_ACCESS).filter(([, decision]) => typeof decision === "object").map(([key]) => key);
    expect(custom.filter((key) => customRule(key) === undefined)).toEqual([]);
  });

  it("finds no leak", () => {
    const paths = [...tally.paths.values()].reduce((sum, set) => sum + set.size, 0);
    const reachable = queryPaths(schema).size;
    console.log(
      `access walk: ${VIEWERS.length} viewers, ${paths} viewer × (type, field) paths walked (${reachable} (type, field) paths reachable from Query), ${tally.documents} documents sent, ` +
        `${tally.rows} rows checked, ${tally.leaks.length} leaks`,
    );
    for (const leak of tally.leaks.slice(0, 50)) console.log(`LEAK ${leak.viewer} at ${leak.where}: ${leak.what}`);
    expect(tally.leaks).toEqual([]);
  });

  it("showed each viewer every row the oracle gives them (so the oracle is not looser than the server)", () => {
    const unseen = VIEWERS.flatMap((viewer) => viewer.sees.filter((name) => !tally.shown.get(viewer.name)?.has(name)).map((name) => `${viewer.name}: ${name}`));
    const unopened = VIEWERS.flatMap((viewer) => viewer.sees.filter((name) => !tally.opened.get(viewer.name)?.has(name)).map((name) => `${viewer.name}: ${name}`));
    expect({ unseen, unopened }).toEqual({ unseen: [], unopened: [] });
  });

  it("met no answer the audit witness refused", () => {
    expect(tally.audit.slice(0, 20)).toEqual([]);
  });
});
