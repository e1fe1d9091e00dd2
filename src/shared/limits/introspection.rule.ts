import { getNamedType, GraphQLError, isIntrospectionType, type ValidationRule } from "graphql";

/**
 * Refuses introspection (__schema, __type and anything of their types), as graphql's
 * NoSchemaIntrospectionCustomRule does, in the words Apollo's own rule used, so clients and tests
 * see the same message as before. One rule for HTTP and WebSocket (see operation-limits.ts).
 */
export const NoIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(new GraphQLError(`GraphQL introspection is not allowed here, but the document asks for "${node.name.value}"`, { nodes: node }));
    }
  },
});
