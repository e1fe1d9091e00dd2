import { buildSchema, defaultFieldResolver, graphql, type GraphQLFieldResolver, type GraphQLInterfaceType, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import type { RequestContext } from "../../context.js";
import { AuditTrail } from "./audit.trail.js";
import { auditReturnedRows, type AuditedType } from "./audited-fields.js";

/** A small stand-in schema: Victim is wholly audited, Perpetrator only in part, Programme not at all. */
const SDL = /* GraphQL */ `
  interface Node {
    id: ID!
  }
  type Victim implements Node {
    id: ID!
    name: String
  }
  type Programme implements Node {
    id: ID!
    name: String
  }
  type Perpetrator implements Node {
    id: ID!
    victims: [Victim!]!
  }
  union Hit = Victim | Programme
  type VictimEdge {
    cursor: String!
    node: Victim!
  }
  type VictimConnection {
    edges: [VictimEdge!]!
    totalCount: Int!
  }
  type Query {
    victim: Victim
    victims: [Victim]
    nested: [[Victim!]!]!
    connection: VictimConnection!
    node(id: ID!): Node
    search: [Hit!]!
    perpetrator: Perpetrator
    programmes: [Programme!]!
    promisedItems: [Victim!]!
    visibleVictims: [Victim!]!
  }
  type Mutation {
    recordVictim: Victim
  }
`;

const victim = (id: string) => ({ __typename: "Victim", id, name: `name of ${id}` });
const programme = (id: string) => ({ __typename: "Programme", id, name: "BBR" });

const root = {
  victim: () => victim("v1"),
  victims: async () => [victim("v1"), null, victim("v2")],
  nested: () => [[victim("v3")], [victim("v4"), victim("v1")]],
  connection: () => ({ edges: [victim("v5"), victim("v6")].map((node) => ({ cursor: "c", node })), totalCount: 2 }),
  node: ({ id }: { id: string }) => (id.startsWith("v") ? victim(id) : programme(id)),
  search: () => [programme("p1"), victim("v7")],
  perpetrator: () => ({ __typename: "Perpetrator", id: "x1", victims: [victim("v8")] }),
  programmes: () => [programme("p1")],
  promisedItems: () => [Promise.resolve(victim("v9")), victim("v10")],
  visibleVictims: () => [victim("v11"), victim("hidden-1"), victim("v12")],
  recordVictim: () => victim("v13"),
};

const TYPES: Record<string, AuditedType> = {
  Victim: { fields: "all", entityOf: (source) => ({ type: "Victim", id: (source as { id: string }).id, victimId: (source as { id: string }).id }) },
  Perpetrator: { fields: ["victims"], entityOf: (source) => ({ type: "Perpetrator", id: (source as { id: string }).id }) },
};

function schemaWith(options: { resolveType?: boolean } = {}) {
  const schema = buildSchema(SDL);
  if (options.resolveType) (schema.getType("Node") as GraphQLInterfaceType).resolveType = (value) => (value as { __typename: string }).__typename;
  // A row filter applied first, as the visibility layer is: hidden rows never reach the audit.
  const field = (schema.getType("Query") as GraphQLObjectType).getFields().visibleVictims!;
  const inner: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => ((await inner(source, args, ctx, info)) as { id: string }[]).filter((row) => !row.id.startsWith("hidden"));
  auditReturnedRows(schema, TYPES);
  return schema;
}

async function run(source: string, purpose: string | null = "Testing the row audit", schema = schemaWith()) {
  const ctx = { purpose, audit: new AuditTrail() } as unknown as RequestContext;
  const result = await graphql({ schema, source, rootValue: root, contextValue: ctx });
  const logged = ctx.audit.drain();
  return { result, logged: Object.fromEntries(logged.map(({ entity, fields }) => [`${entity.type}:${entity.id}`, fields])) };
}

describe("auditReturnedRows", () => {
  it("logs a row returned with only __typename or only id selected, as a read of no field", async () => {
    const { result, logged } = await run(`{ victim { __typename } victims { id } }`);
    expect(result.errors).toBeUndefined();
    expect(logged).toEqual({ "Victim:v1": [], "Victim:v2": [] });
  });

  it("logs rows in nested lists, in connection edges (not for totalCount alone), and from a mutation payload", async () => {
    expect((await run(`{ nested { __typename } }`)).logged).toEqual({ "Victim:v1": [], "Victim:v3": [], "Victim:v4": [] });
    expect((await run(`{ connection { edges { node { id } } } }`)).logged).toEqual({ "Victim:v5": [], "Victim:v6": [] });
    expect((await run(`{ connection { totalCount edges { cursor } } }`)).logged).toEqual({});
    expect((await run(`mutation { recordVictim { __typename } }`)).logged).toEqual({ "Victim:v13": [] });
  });

  it.each([false, true])("logs an interface or union member by its runtime type (resolveType set: %s), and no other type", async (resolveType) => {
    const schema = schemaWith({ resolveType });
    expect((await run(`{ node(id: "v14") { __typename } }`, undefined, schema)).logged).toEqual({ "Victim:v14": [] });
    expect((await run(`{ node(id: "p2") { id } }`, undefined, schema)).logged).toEqual({});
    expect((await run(`{ search { __typename } }`, undefined, schema)).logged).toEqual({ "Victim:v7": [] });
  });

  it("logs rows a relation of a partly audited type returns, but not that type's own rows", async () => {
    expect((await run(`{ perpetrator { id victims { __typename } } }`)).logged).toEqual({ "Victim:v8": [] });
    expect((await run(`{ perpetrator { id } programmes { id name } }`)).logged).toEqual({});
  });

  it("settles a list holding promises before logging its rows", async () => {
    const { result, logged } = await run(`{ promisedItems { id } }`);
    expect(result.errors).toBeUndefined();
    expect(logged).toEqual({ "Victim:v9": [], "Victim:v10": [] });
  });

  it("does not log a row filtered out before it (visibility)", async () => {
    const { result, logged } = await run(`{ visibleVictims { __typename } }`);
    expect(result.data).toEqual({ visibleVictims: [{ __typename: "Victim" }, { __typename: "Victim" }] });
    expect(logged).toEqual({ "Victim:v11": [], "Victim:v12": [] });
  });

  it("refuses to return a row without a stated purpose, and logs nothing", async () => {
    const { result, logged } = await run(`{ victim { __typename } programmes { id } }`, null);
    expect(result.data).toEqual({ victim: null, programmes: [{ id: "p1" }] });
    expect(result.errors?.map((error) => error.message)).toEqual([expect.stringMatching(/X-Access-Purpose/)]);
    expect(logged).toEqual({});
    // Nothing returned, nothing to state a purpose for.
    const none = await run(`{ connection { totalCount } node(id: "p3") { id } }`, null);
    expect(none.result.errors).toBeUndefined();
  });

  it("refuses a type that is not in the schema", () => {
    expect(() => auditReturnedRows(buildSchema(SDL), { Missing: { fields: "all", entityOf: () => ({ type: "Missing", id: "m" }) } })).toThrow(/Missing/);
  });
});
