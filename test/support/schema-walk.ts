import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/*
 * Documents generated from the schema, for walks that must cover every field the day it is added:
 * each field of a type with its required arguments filled in, rows as `__typename id` (to be walked
 * on their own through node(id)), and value objects (pages, summaries) opened in place.
 */

/** A type node(id) can fetch: selected as `__typename id` and walked on its own. Others (pages, summaries, audit events) are opened in place. */
export const hasId = (type: GraphQLNamedType) => isAbstractType(type) || (isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node"));

/** Arguments for a field below the roots: required ones filled in, ended rows asked for. */
function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === "includeEnded") parts.push("includeEnded: true");
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      if (arg.name === "first") parts.push("first: 20");
      else throw new Error(`No default for required argument ${field.name}(${arg.name}): teach the walk one`);
    }
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** Every field of a type (but `without`): leaves as they are, rows as `__typename id`, value objects (pages, summaries) opened. */
export function selectionOf(type: GraphQLObjectType, depth = 0, without: ReadonlySet<string> = new Set()): string {
  if (depth > 4) throw new Error(`Value objects nested too deep at ${type.name}`);
  return Object.values(type.getFields())
    .filter((field) => !without.has(field.name))
    .map((field) => {
      const named = getNamedType(field.type);
      const head = `${field.name}${argumentsOf(field)}`;
      if (isLeafType(named)) return head;
      if (hasId(named)) return `${head} { __typename id }`;
      return `${head} { __typename ${selectionOf(named as GraphQLObjectType, depth + 1)} }`;
    })
    .join(" ");
}

export const nodeDocument = (type: GraphQLObjectType, without: ReadonlySet<string> = new Set()) =>
  `query WalkNode($id: ID!) { node(id: $id) { __typename id ... on ${type.name} { ${selectionOf(type, 0, without)} } } }`;

export interface RootCall {
  label: string;
  document: string;
  variables: Record<string, unknown>;
}

/** The world ids a filter field such as `perpetratorId` can take. */
const TYPES_OF_ID_FIELD: Record<string, string[]> = {
  perpetratorId: ["Perpetrator"],
  victimId: ["Victim"],
  groupId: ["ProgrammeGroup"],
  offenderManagerId: ["IomStaffMember"],
  personId: ["Perpetrator", "Victim"],
  subscriberId: ["WebhookSubscriber"],
};

/**
 * Every Query field but lookups by id: required arguments filled in (first: 20), and a call for each
 * boolean of its filter set to true and each world id its filter can name.
 */
export function rootCalls(schema: GraphQLSchema, idsOfType: (type: string) => string[]): RootCall[] {
  const calls: RootCall[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (field.args.some((arg) => arg.name === "id")) continue;
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? "" : hasId(named) ? "{ __typename id }" : `{ __typename ${selectionOf(named as GraphQLObjectType)} }`;
    const filterArg = field.args.find((arg) => isInputObjectType(getNullableType(arg.type)));
    const declared: string[] = [];
    const passed: string[] = [];
    for (const arg of field.args) {
      if (arg === filterArg) continue;
      if (arg.name === "first") passed.push("first: 20");
      else if (getNamedType(arg.type).name === "Boolean") {
        declared.push(`$${arg.name}: Boolean`);
        passed.push(`${arg.name}: $${arg.name}`);
      } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) throw new Error(`No default for Query.${field.name}(${arg.name})`);
    }
    if (filterArg) {
      declared.push(`$filter: ${filterArg.type.toString()}`);
      passed.push(`${filterArg.name}: $filter`);
    }
    const document = `query WalkRoot${declared.length ? `(${declared.join(", ")})` : ""} { ${field.name}${passed.length ? `(${passed.join(", ")})` : ""} ${selection} }`;
    const filterType = filterArg ? (getNullableType(filterArg.type) as GraphQLInputObjectType) : null;
    const base: Record<string, unknown> = filterType && "includeEnded" in filterType.getFields() ? { includeEnded: true } : {};
    const add = (label: string, variables: Record<string, unknown>) => calls.push({ label: `${field.name}${label}`, document, variables });
    add("", filterType ? { filter: base } : {});
    for (const arg of field.args) if (arg !== filterArg && getNamedType(arg.type).name === "Boolean") add(`(${arg.name})`, { [arg.name]: true });
    if (!filterType) continue;
    for (const input of Object.values(filterType.getFields())) {
      const inputType = getNamedType(input.type).name;
      if (inputType === "Boolean" && input.name !== "includeEnded") add(`(${input.name})`, { filter: { ...base, [input.name]: true } });
      if (inputType === "ID") {
        const types = TYPES_OF_ID_FIELD[input.name];
        if (!types) throw new Error(`Which ids does ${filterType.name}.${input.name} take? Teach the walk`);
        for (const type of types) for (const id of idsOfType(type)) add(`(${input.name})`, { filter: { ...base, [input.name]: id } });
      }
    }
  }
  return calls;
}

/** The typed lookups by id (perpetrator, referral, programmeGroup, ...): each field and the type it returns. */
export function lookupFields(schema: GraphQLSchema): { field: string; type: string }[] {
  const lookups: { field: string; type: string }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const named = getNamedType(field.type);
    if (field.name !== "node" && field.args.some((arg) => arg.name === "id") && isObjectType(named)) lookups.push({ field: field.name, type: named.name });
  }
  return lookups;
}

/** The (type, field) paths a client can reach from Query and node(id): Query's own fields included. */
export function queryPaths(schema: GraphQLSchema): Set<string> {
  const paths = new Set<string>();
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    if (isAbstractType(type)) queue.push(...schema.getPossibleTypes(type));
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      paths.add(`${type.name}.${field.name}`);
      queue.push(getNamedType(field.type));
    }
  }
  return paths;
}

/** An answer as a client compares two: its data and errors (the cost extension and request ids aside). */
export const comparable = (body: unknown): string => {
  const { data, errors } = (body ?? {}) as { data?: unknown; errors?: unknown };
  return JSON.stringify({ data, errors }, (key, value: unknown) => (key === "requestId" ? undefined : value));
};

