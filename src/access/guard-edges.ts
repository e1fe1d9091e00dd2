import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import type { RequestContext } from "../context.js";
import { notFound } from "../shared/errors.js";
import { fromGlobalId } from "../shared/global-id.js";
import { GUARDED_TYPES, type GuardedType } from "./visibility.types.js";

const guarded = new Set<string>(GUARDED_TYPES);
const isGuarded = (name: string): name is GuardedType => guarded.has(name);

interface Row {
  id?: string;
  dbId?: string;
}

/** The guarded type and database id of a resolved object (its global id names its type). */
function identify(value: Row, declared: string): { type: GuardedType; id: string } | null {
  const parsed = typeof value.id === "string" ? fromGlobalId(value.id) : null;
  const type = isGuarded(declared) ? declared : parsed?.typeName;
  if (!type || !isGuarded(type)) return null;
  const id = value.dbId ?? parsed?.id;
  return id ? { type, id } : null;
}

async function visible(ctx: RequestContext, value: Row, declared: string): Promise<boolean> {
  const row = identify(value, declared);
  return row === null || (await ctx.visibility.isVisible(row.type, row.id));
}

/** Keeps what the caller may see of a field's result: nulls what they may not, drops it from lists. */
async function keepVisible(ctx: RequestContext, result: unknown, type: GraphQLOutputType, declared: string, what: string): Promise<unknown> {
  if (result === null || result === undefined) return result;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = result as Row[];
    const shown = await Promise.all(items.map((item) => (item == null ? true : visible(ctx, item, declared))));
    return items.filter((_, index) => shown[index]);
  }
  if (await visible(ctx, result as Row, declared)) return result;
  // "Not yours" reads as "not there": a non-null edge to a row the caller may not see fails as missing.
  if (isNonNullType(type)) throw notFound(what);
  return null;
}

/**
 * Every field of the schema that returns a guarded row (a person, referral, group, session, register
 * row, allocation, membership, plan, action, victim, link, assessment, incident, MARAC referral,
 * order or alert), directly, in a list or as a `Node`, checks the caller against each row it returns
 * before it leaves: relations, connections' nodes, payloads, subscriptions and `node(id:)` alike. A
 * field added later is covered the day it is added. For a caller who reads every row of a type the
 * check costs nothing; otherwise one batched statement per type and level (none for rows a scoped
 * page query already proved).
 */
export function guardEdges(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const declared = named.name;
      if (!isGuarded(declared) && !isAbstractType(named)) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      const what = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) => {
        // Callers who read every row of the type pay nothing more than the resolver.
        if (isGuarded(declared) && ctx.visibility.rowsOf(declared) === true) return resolve(source, args, ctx, info);
        const result = resolve(source, args, ctx, info);
        return result instanceof Promise
          ? result.then((value) => keepVisible(ctx, value, field.type, declared, what))
          : keepVisible(ctx, result, field.type, declared, what);
      };
    }
  }
}
