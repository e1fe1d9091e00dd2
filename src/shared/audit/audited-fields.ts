import {
  defaultFieldResolver,
  defaultTypeResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import type { RequestContext } from "../../context.js";
import { purposeRequired, type AuditedEntity } from "./audit.trail.js";

export interface AuditedType {
  /** Every field of the type, or only these (e.g. the victim-safety fields of Perpetrator). */
  fields: "all" | readonly string[];
  entityOf(source: unknown): AuditedEntity;
}

/**
 * Wraps every audited field so that reading it needs a stated purpose and is recorded in the
 * request's audit trail. Done once on the built schema, so no field can be added and forgotten.
 * The field's own resolver runs first: a caller without the role gets FORBIDDEN, not a purpose error.
 */
export function auditFieldReads(schema: GraphQLSchema, types: Record<string, AuditedType>): void {
  for (const [typeName, audited] of Object.entries(types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Audited type ${typeName} is not an object type in the schema`);
    for (const field of Object.values(type.getFields())) {
      if (field.name === "id" || (audited.fields !== "all" && !audited.fields.includes(field.name))) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx, info) => {
        const value = await resolve(source, args, ctx, info);
        if (!ctx.purpose) throw purposeRequired();
        ctx.audit.consulted(audited.entityOf(source), field.name);
        return value;
      };
    }
    if (audited.fields !== "all") {
      const missing = audited.fields.filter((name) => !type.getFields()[name]);
      if (missing.length) throw new Error(`Audited fields missing from ${typeName}: ${missing.join(", ")}`);
    }
  }
}

type Resolved<T> = T | Promise<T>;
const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === "function";

/**
 * Records every row of a wholly audited type (`fields: "all"`: a victim, link, assessment, incident,
 * MARAC referral, support allocation, order or alert) that a field returns, whatever is selected
 * below it: a victim's id or __typename alone tells the caller that this person is known to the
 * service and at risk, so each row that leaves is a consultation (`AuditTrail.returned`), and needs a
 * stated purpose. Every field of every type is covered — queries, relations, connection edges'
 * `node`, mutation payloads, subscriptions, and `node(id:)` or any interface or union that a row type
 * belongs to — so no field can be added and forgotten.
 *
 * Apply it after any wrapper that filters rows (row visibility): it is then the outermost and sees only
 * the rows actually returned to the caller, so a row filtered out is not logged.
 */
export function auditReturnedRows(schema: GraphQLSchema, types: Record<string, AuditedType>): void {
  const rowTypes = new Map(Object.entries(types).filter(([, audited]) => audited.fields === "all"));
  for (const name of rowTypes.keys()) {
    if (!isObjectType(schema.getType(name))) throw new Error(`Audited type ${name} is not an object type in the schema`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      let auditedOf: (row: unknown, ctx: RequestContext, info: GraphQLResolveInfo) => Resolved<AuditedType | undefined>;
      const audited = rowTypes.get(named.name);
      if (audited) {
        auditedOf = () => audited;
      } else if (isAbstractType(named) && schema.getPossibleTypes(named).some((possible) => rowTypes.has(possible.name))) {
        // The executor's own choice of concrete type for the value, so the two cannot disagree.
        const typeOf = named.resolveType ?? defaultTypeResolver;
        auditedOf = (row, ctx, info) => {
          const name = typeOf(row, ctx, info, named);
          return isThenable(name) ? Promise.resolve(name).then((resolved) => (resolved ? rowTypes.get(resolved) : undefined)) : name ? rowTypes.get(name) : undefined;
        };
      } else {
        continue;
      }
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const result = resolve(source, args, ctx, info);
        return isThenable(result) ? Promise.resolve(result).then((value) => recordRows(value, ctx, info, auditedOf)) : recordRows(result, ctx, info, auditedOf);
      };
    }
  }
}

/** Logs the audited rows of a field's value (an object, or nested lists of them) and hands the value on. */
function recordRows(
  value: unknown,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  auditedOf: (row: unknown, ctx: RequestContext, info: GraphQLResolveInfo) => Resolved<AuditedType | undefined>,
): Resolved<unknown> {
  const rows: unknown[] = [];
  if (!collectRows(value, rows)) {
    // A list holding promises (graphql allows it): settle them first, then look at the rows.
    return settle(value).then((settled) => recordRows(settled, ctx, info, auditedOf));
  }
  if (rows.length === 0) return value;
  const found: { audited: AuditedType; row: unknown }[] = [];
  const pending: PromiseLike<unknown>[] = [];
  for (const row of rows) {
    const audited = auditedOf(row, ctx, info);
    if (isThenable(audited)) pending.push(audited.then((resolved) => resolved && found.push({ audited: resolved, row })));
    else if (audited) found.push({ audited, row });
  }
  const log = () => {
    if (found.length === 0) return value;
    if (!ctx.purpose) throw purposeRequired();
    for (const { audited, row } of found) ctx.audit.returned(audited.entityOf(row));
    return value;
  };
  return pending.length ? Promise.all(pending).then(log) : log();
}

/** Gathers the non-null objects of a value; false when a list holds a promise. */
function collectRows(value: unknown, into: unknown[]): boolean {
  if (value === null || value === undefined) return true;
  if (isThenable(value)) return false;
  if (typeof value === "object" && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function") {
    for (const item of value as Iterable<unknown>) if (!collectRows(item, into)) return false;
    return true;
  }
  into.push(value);
  return true;
}

async function settle(value: unknown): Promise<unknown> {
  const awaited = await value;
  if (awaited !== null && typeof awaited === "object" && typeof (awaited as Iterable<unknown>)[Symbol.iterator] === "function") {
    return Promise.all(Array.from(awaited as Iterable<unknown>, settle));
  }
  return awaited;
}
