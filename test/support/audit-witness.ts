import {
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInputType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { fromGlobalId } from "../../src/shared/global-id.js";

/**
 * The audit witness: from an operation and the data the server sent back, the victim-safety data
 * that a client was shown, entity by entity and field by field, so a test helper can check that the
 * server logged a DPA 2018 s.62 CONSULTATION for each. Pure: no I/O, no server internals, only the
 * schema, the document and the response.
 *
 * Every object of a wholly audited type (a victim, link, assessment, ...) in a response is a read,
 * even with nothing but its `id` or `__typename` selected: that alone says the person is known to the
 * service. Its type comes from the schema, or for an interface or union from `__typename` or the
 * global id; an object shown with only `__typename` is a read of some row of that type.
 */

/** Which GraphQL types and fields hold victim-safety data. */
export interface AuditPolicy {
  /** Types all of whose fields are victim-safety fields. */
  auditedTypes: readonly string[];
  /** Types of which only the listed fields are victim-safety fields. */
  auditedFields: Readonly<Record<string, readonly string[]>>;
}

export const VICTIM_SAFETY_POLICY: AuditPolicy = {
  auditedTypes: [
    "Victim",
    "VictimLink",
    "RiskAssessment",
    "SafetyIncident",
    "MaracReferral",
    "SupportAllocation",
    "ProtectiveOrder",
    "SafetyAlert",
  ],
  auditedFields: { Perpetrator: ["victimLinks", "protectiveOrders", "hasActiveSafetyConcerns"] },
};

/** Fields never named in the log's field list: the id is what the log row itself names, and __typename says nothing more. */
const UNLOGGED_FIELDS = new Set(["id", "__typename"]);

/** One entity whose victim-safety fields the response showed (several places in a response are merged). */
export interface VictimSafetyRead {
  typeName: string;
  /** The database id inside the object's global id: the audit row's entity_id; UNIDENTIFIED when the id was not selected. */
  dbId: string;
  /**
   * True for objects of a wholly audited type shown without their id (only `__typename`): the witness
   * cannot tell which row, so it asks only that the request logged some row of the type.
   */
  unidentified?: true;
  /** Field names (never aliases), sorted, without id and __typename. */
  fields: string[];
  /** Where in the response the entity appeared, e.g. `perpetrator.victimLinks[0].victim`. */
  paths: string[];
}

/** The dbId of a read whose object was shown without its id. */
export const UNIDENTIFIED = "(id not selected)";

/** In an uncovered read's `missing`: a record shown with no victim-safety field, that no row of the request names at all. */
export const THE_RECORD_ITSELF = "the record itself";

/** A selection whose read the witness cannot check, such as an audited object selected without its id. */
export interface WitnessProblem {
  path: string;
  message: string;
}

export interface WitnessInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  /** The response's `data`. */
  data: unknown;
  /**
   * The response's `errors`, if any. A field whose value is null because it (or something below it)
   * failed showed nothing, so it is not required in the log.
   */
  errors?: ReadonlyArray<{ path?: ReadonlyArray<string | number> | null }> | null;
  policy?: AuditPolicy;
}

export interface WitnessResult {
  reads: VictimSafetyRead[];
  problems: WitnessProblem[];
}

type Path = ReadonlyArray<string | number>;
type CollectedFields = Map<string, FieldNode[]>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  errorPaths: Path[];
  auditedTypes: Set<string>;
  auditedFields: Map<string, Set<string>>;
  reads: Map<string, { typeName: string; dbId: string; unidentified: boolean; fields: Set<string>; paths: string[] }>;
  problems: WitnessProblem[];
}

export function witnessVictimSafetyReads(input: WitnessInput): WitnessResult {
  const policy = input.policy ?? VICTIM_SAFETY_POLICY;
  const walk: Walk = {
    schema: input.schema,
    fragments: {},
    variables: {},
    errorPaths: (input.errors ?? []).flatMap((error) => (error.path ? [error.path] : [])),
    auditedTypes: new Set(policy.auditedTypes),
    auditedFields: new Map(Object.entries(policy.auditedFields).map(([type, fields]) => [type, new Set(fields)])),
    reads: new Map(),
    problems: [],
  };
  if (input.data === null || typeof input.data !== "object") return { reads: [], problems: [] };

  let operation: OperationDefinitionNode | undefined;
  const operations: OperationDefinitionNode[] = [];
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) walk.fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  if (input.operationName) operation = operations.find((candidate) => candidate.name?.value === input.operationName);
  else if (operations.length === 1) operation = operations[0];
  if (!operation) {
    return { reads: [], problems: [{ path: "", message: `cannot tell which operation${input.operationName ? ` (${input.operationName})` : ""} the response answers` }] };
  }

  // As the executor sees them (defaults applied); if they do not coerce, the raw values over the defaults.
  const definitions = operation.variableDefinitions ?? [];
  const coerced = getVariableValues(input.schema, definitions, input.variables ?? {});
  walk.variables = coerced.coerced ?? {
    ...Object.fromEntries(
      definitions.flatMap((definition) => {
        const type = typeFromAST(input.schema, definition.type);
        const value = definition.defaultValue && isInputType(type) ? valueFromAST(definition.defaultValue, type) : undefined;
        return value === undefined ? [] : [[definition.variable.name.value, value]];
      }),
    ),
    ...(input.variables ?? {}),
  };

  const root = input.schema.getRootType(operation.operation);
  if (!root) return { reads: [], problems: [{ path: "", message: `the schema has no ${operation.operation} type` }] };
  walkObject(walk, root, [operation.selectionSet], input.data as Record<string, unknown>, []);

  const reads = [...walk.reads.values()].map(
    (read): VictimSafetyRead => ({
      typeName: read.typeName,
      dbId: read.dbId,
      ...(read.unidentified ? { unidentified: true as const } : {}),
      fields: [...read.fields].sort(),
      paths: read.paths,
    }),
  );
  return { reads, problems: walk.problems };
}

function walkValue(walk: Walk, type: GraphQLOutputType, fieldNodes: FieldNode[], value: unknown, path: Path): void {
  if (value === null || value === undefined) return;
  const named = getNamedType(type);
  if (!isCompositeType(named)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkValue(walk, type, fieldNodes, item, [...path, index]));
    return;
  }
  if (typeof value !== "object") return;
  const selectionSets = fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  walkObject(walk, named, selectionSets, value as Record<string, unknown>, path);
}

function walkObject(walk: Walk, type: GraphQLCompositeType, selectionSets: SelectionSetNode[], value: Record<string, unknown>, path: Path): void {
  if (isObjectType(type)) {
    walkConcrete(walk, type, collectFields(walk, type, selectionSets), value, path);
    return;
  }

  const possible = walk.schema.getPossibleTypes(type);
  const collected = new Map(possible.map((candidate) => [candidate, collectFields(walk, candidate, selectionSets)]));
  const runtime = resolveRuntimeType(collected, value);
  if (runtime) {
    walkConcrete(walk, runtime, collected.get(runtime)!, value, path);
    return;
  }

  // Neither __typename nor id names the type: the types whose selections give exactly the keys the
  // response has are the ones it could be. If they all show nothing audited, there is nothing to check.
  // An empty object (no fragment applied to its type) shows nothing the client did not send.
  if (Object.keys(value).length === 0) return;
  const keys = Object.keys(value).sort().join(",");
  const candidates = possible.filter((candidate) => [...collected.get(candidate)!.keys()].sort().join(",") === keys);
  if (candidates.length === 1) {
    walkConcrete(walk, candidates[0]!, collected.get(candidates[0]!)!, value, path);
    return;
  }
  const showsAuditedData = (candidates.length ? candidates : possible).some((candidate) => {
    const trial: Walk = { ...walk, reads: new Map(), problems: [] };
    walkConcrete(trial, candidate, collected.get(candidate)!, value, path);
    return trial.reads.size > 0 || trial.problems.length > 0;
  });
  if (showsAuditedData) {
    walk.problems.push({
      path: formatPath(path),
      message: `cannot tell which ${type.name} this is (${candidates.length ? candidates.map((c) => c.name).join(" or ") : "no possible type matches"}) and it may hold victim-safety data: select \`id\` or \`__typename\``,
    });
  }
}

/** The concrete type of an interface or union value: from its __typename, or else from its global id. */
function resolveRuntimeType(collected: Map<GraphQLObjectType, CollectedFields>, value: Record<string, unknown>): GraphQLObjectType | undefined {
  for (const [candidate, fields] of collected) {
    if (keysOfField(fields, "__typename").some((key) => value[key] === candidate.name)) return candidate;
  }
  for (const [candidate, fields] of collected) {
    if (keysOfField(fields, "id").some((key) => typeof value[key] === "string" && fromGlobalId(value[key])?.typeName === candidate.name)) return candidate;
  }
  return undefined;
}

function walkConcrete(walk: Walk, type: GraphQLObjectType, fields: CollectedFields, value: Record<string, unknown>, path: Path): void {
  recordRead(walk, type, fields, value, path);
  const definitions = type.getFields();
  for (const [key, nodes] of fields) {
    const definition = definitions[nodes[0]!.name.value];
    if (definition) walkValue(walk, definition.type, nodes, value[key], [...path, key]);
  }
}

function recordRead(walk: Walk, type: GraphQLObjectType, fields: CollectedFields, value: Record<string, unknown>, path: Path): void {
  const whole = walk.auditedTypes.has(type.name);
  const some = walk.auditedFields.get(type.name);
  if (!whole && !some) return;

  const shown = new Set<string>();
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (UNLOGGED_FIELDS.has(name) || !(whole || some!.has(name))) continue;
    if (!(key in value)) continue;
    if (value[key] === null && failedAt(walk, [...path, key])) continue;
    shown.add(name);
  }
  // A wholly audited object is a read in itself, whatever is selected of it; of a partly audited type
  // (Perpetrator) only its audited fields are.
  if (shown.size === 0 && !whole) return;

  const idKeys = keysOfField(fields, "id");
  if (idKeys.length === 0) {
    if (shown.size === 0) {
      addRead(walk, `${type.name}:${UNIDENTIFIED}`, type.name, UNIDENTIFIED, true, shown, path);
      return;
    }
    walk.problems.push({
      path: formatPath(path),
      message: `${type.name} selected without \`id\` (fields ${[...shown].sort().join(", ")}), so the witness cannot check its audit: select \`id\``,
    });
    return;
  }
  const globalId = value[idKeys[0]!];
  const parsed = typeof globalId === "string" ? fromGlobalId(globalId) : null;
  if (!parsed || parsed.typeName !== type.name) {
    walk.problems.push({
      path: formatPath(path),
      message: `${type.name} has id ${JSON.stringify(globalId)}, which is not a global id of a ${type.name}, so the witness cannot check its audit`,
    });
    return;
  }
  addRead(walk, `${type.name}:${parsed.id}`, type.name, parsed.id, false, shown, path);
}

function addRead(walk: Walk, key: string, typeName: string, dbId: string, unidentified: boolean, shown: Set<string>, path: Path): void {
  let read = walk.reads.get(key);
  if (!read) walk.reads.set(key, (read = { typeName, dbId, unidentified, fields: new Set(), paths: [] }));
  for (const name of shown) read.fields.add(name);
  read.paths.push(formatPath(path));
}

/** graphql-js CollectFields: the fields the executor resolves on an object of this concrete type, by response key. */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  into: CollectedFields = new Map(),
  visited: Set<string> = new Set(),
): CollectedFields {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (!included(walk, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const existing = into.get(key);
        if (existing) existing.push(selection);
        else into.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || conditionMatches(walk, selection.typeCondition, type)) {
          collectFields(walk, type, [selection.selectionSet], into, visited);
        }
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = walk.fragments[name];
        if (fragment && conditionMatches(walk, fragment.typeCondition, type)) collectFields(walk, type, [fragment.selectionSet], into, visited);
      }
    }
  }
  return into;
}

function included(walk: Walk, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if === false) return false;
  return true;
}

function conditionMatches(walk: Walk, condition: NamedTypeNode, type: GraphQLObjectType): boolean {
  const conditional = typeFromAST(walk.schema, condition);
  if (!conditional) return false;
  if (conditional === type) return true;
  return isAbstractType(conditional) && walk.schema.isSubType(conditional, type);
}

function keysOfField(fields: CollectedFields, fieldName: string): string[] {
  return [...fields].filter(([, nodes]) => nodes[0]!.name.value === fieldName).map(([key]) => key);
}

/** True when an error was reported at this path or below it, so its null showed nothing. */
function failedAt(walk: Walk, path: Path): boolean {
  return walk.errorPaths.some((errorPath) => errorPath.length >= path.length && path.every((step, index) => errorPath[index] === step));
}

function formatPath(path: Path): string {
  return path.map((step, index) => (typeof step === "number" ? `[${step}]` : index === 0 ? step : `.${step}`)).join("") || "(root)";
}

/** An audit_events CONSULTATION row, as far as the witness needs it. */
export interface ConsultationRow {
  entityType: string;
  entityId: string;
  fields: readonly string[];
}

export interface UncoveredRead extends VictimSafetyRead {
  /**
   * The fields the response showed that no CONSULTATION row of the request names; or, for a record
   * shown with no victim-safety field (only its id or __typename) that no row names, THE_RECORD_ITSELF.
   */
  missing: string[];
  /** The fields the request's CONSULTATION rows do name for this entity. */
  logged: string[];
}

/**
 * The reads that the request's CONSULTATION rows do not fully cover: every record shown needs a row
 * of its own, and the union of fields over its rows must name every field shown. A record shown
 * without its id needs at least one row of its type.
 */
export function uncoveredReads(reads: readonly VictimSafetyRead[], rows: readonly ConsultationRow[]): UncoveredRead[] {
  const logged = new Map<string, Set<string>>();
  const typesLogged = new Set<string>();
  for (const row of rows) {
    const key = `${row.entityType}:${row.entityId.toLowerCase()}`;
    typesLogged.add(row.entityType);
    let fields = logged.get(key);
    if (!fields) logged.set(key, (fields = new Set()));
    for (const field of row.fields) fields.add(field);
  }
  const uncovered: UncoveredRead[] = [];
  for (const read of reads) {
    if (read.unidentified) {
      if (!typesLogged.has(read.typeName)) uncovered.push({ ...read, missing: [THE_RECORD_ITSELF], logged: [] });
      continue;
    }
    const fields = logged.get(`${read.typeName}:${read.dbId.toLowerCase()}`);
    const missing = read.fields.filter((field) => !fields?.has(field));
    if (!fields && missing.length === 0) missing.push(THE_RECORD_ITSELF);
    if (missing.length) uncovered.push({ ...read, missing, logged: [...(fields ?? [])].sort() });
  }
  return uncovered;
}
