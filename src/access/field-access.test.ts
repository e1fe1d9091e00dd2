import { getNamedType, isInterfaceType, type GraphQLField, type GraphQLObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../schema.js";
import { FIELD_ACCESS, reachableObjectTypes, type AccessDecision } from "./field-access/index.js";
import { GUARDED_TYPES } from "./visibility.types.js";

const guarded = new Set<string>(GUARDED_TYPES);
const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

interface Reached {
  key: string;
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

let reached: Reached[];

beforeAll(async () => {
  const schema = await buildAppSchema();
  reached = reachableObjectTypes(schema).flatMap((type) =>
    Object.values(type.getFields()).map((field) => ({ key: `${type.name}.${field.name}`, type, field })),
  );
});

const decisionOf = (key: string): AccessDecision | undefined => (Object.hasOwn(FIELD_ACCESS, key) ? FIELD_ACCESS[key] : undefined);
const hasRoleExtension = (field: GraphQLField<unknown, unknown>) => Array.isArray(field.extensions?.requiredRoles);

/** Each check lists the offending fields, so a failure says what to decide. */
describe("every field of the API has an access decision", () => {
  it("reaches the whole API (roots, node's implementations, payloads)", () => {
    const types = new Set(reached.map((r) => r.type.name));
    for (const name of [...ROOTS, ...GUARDED_TYPES, "Programme", "ContactSafety", "ReferralPayload"]) expect(types, name).toContain(name);
  });

  it("has no field without a decision", () => {
    expect(reached.filter((r) => decisionOf(r.key) === undefined).map((r) => r.key)).toEqual([]);
  });

  it("has no decision for a field that no longer exists", () => {
    const live = new Set(reached.map((r) => r.key));
    expect(Object.keys(FIELD_ACCESS).filter((key) => !live.has(key))).toEqual([]);
  });

  it('marks "edge" only fields that return a guarded row or a Node', () => {
    const wrong = reached.filter((r) => decisionOf(r.key) === "edge").filter((r) => {
      const named = getNamedType(r.field.type);
      return !guarded.has(named.name) && !isInterfaceType(named);
    });
    expect(wrong.map((r) => r.key)).toEqual([]);
  });

  it('marks "edge" every field below the roots that returns a guarded row or a Node', () => {
    const missing = reached
      .filter((r) => !ROOTS.has(r.type.name))
      .filter((r) => {
        const named = getNamedType(r.field.type);
        return guarded.has(named.name) || isInterfaceType(named);
      })
      .filter((r) => decisionOf(r.key) !== "edge");
    expect(missing.map((r) => `${r.key}: ${JSON.stringify(decisionOf(r.key))}`)).toEqual([]);
  });

  it('marks "roles" exactly the fields with a @FieldRoles extension', () => {
    const withoutExtension = reached.filter((r) => decisionOf(r.key) === "roles" && !hasRoleExtension(r.field));
    const unmarked = reached.filter((r) => hasRoleExtension(r.field) && decisionOf(r.key) !== "roles");
    expect({ withoutExtension: withoutExtension.map((r) => r.key), unmarked: unmarked.map((r) => r.key) }).toEqual({ withoutExtension: [], unmarked: [] });
  });

  it('marks "root" exactly the fields of Query, Mutation and Subscription', () => {
    const wrong = reached.filter((r) => (decisionOf(r.key) === "root") !== ROOTS.has(r.type.name));
    expect(wrong.map((r) => r.key)).toEqual([]);
  });

  it("gives a reason for every decision made in code", () => {
    const custom = reached.flatMap((r) => {
      const decision = decisionOf(r.key);
      return typeof decision === "object" ? [{ key: r.key, reason: decision.custom }] : [];
    });
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.filter((c) => c.reason.trim().length < 20).map((c) => c.key)).toEqual([]);
  });
});
