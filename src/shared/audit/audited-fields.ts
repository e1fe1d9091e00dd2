import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
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
