import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from "graphql";
import { MAX_PAGE_SIZE } from "../pagination.js";

/**
 * What a bounded list (a person's links, a plan's actions) is assumed to hold when costing a query:
 * they are short in practice, and a connection's `first` is what a client can turn up.
 */
export const LIST_SIZE_ESTIMATE = 10;

export interface QueryCost {
  /** Scalars cost 0, each object 1; a connection multiplies what it returns by `first`, a list by LIST_SIZE_ESTIMATE. */
  cost: number;
  /** Connection fields asked for more than MAX_PAGE_SIZE items (or fewer than 1), by response path. */
  oversizedPages: string[];
}

/**
 * Costs an operation with its variables before it runs, in the style of GitHub's and Shopify's
 * limits: the number of objects it could return. graphql-query-complexity walks the document
 * (fragments, @skip/@include, a cap on nodes visited); the estimator here decides each field's cost.
 */
export function measureQuery(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): QueryCost {
  const oversizedPages: string[] = [];
  const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    if ("first" in args) {
      const first = Number(args["first"]);
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) oversizedPages.push(node.alias?.value ?? node.name.value);
      return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
    }
    // A connection's edges are already counted by its `first`.
    if (isListType(getNullableType(field.type)) && !type.name.endsWith("Connection")) return 1 + LIST_SIZE_ESTIMATE * childComplexity;
    return 1 + childComplexity;
  };
  const cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimator] });
  return { cost, oversizedPages };
}
