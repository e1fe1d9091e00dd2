import type { GraphQLSchema } from "graphql";

/**
 * Descriptions of the three root types, which type-graphql builds without a decorator to carry one.
 * Set on the built schema, before it is printed, so the SDL and introspection show them.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description ??=
      "Entry points for reading. Every answer holds only what the caller's roles and relationships allow; a record the caller may not see reads as one that does not exist.";
  }
  if (mutation) {
    mutation.description ??=
      "Entry points for changing data. Each answers with a payload: the changed record, or userErrors saying what to fix; a refused change writes nothing.";
  }
  if (subscription) {
    subscription.description ??= "Events pushed over graphql-ws while the caller stays entitled to them.";
  }
  return schema;
}
