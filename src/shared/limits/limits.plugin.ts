import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import type { Config } from "../../config.js";
import type { RequestContext } from "../../context.js";
import { MAX_PAGE_SIZE } from "../pagination.js";
import { measureQuery } from "./query-cost.js";
import { TokenBuckets } from "./token-bucket.js";
import { hasUnstorableText } from "./unstorable-text.js";

export interface QueryLimits {
  /** graphql's own token limit, applied by Apollo's parse (a parse failure, 400, GRAPHQL_PARSE_FAILED). */
  parseOptions: { maxTokens: number };
  /** Checked while validating, so a refused document never reaches a resolver (400, GRAPHQL_VALIDATION_FAILED). */
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<RequestContext>[];
}

/**
 * Everything refused before execution. graphql's parser counts tokens; graphql-armor limits the
 * document's depth, aliases and directives; text the database cannot store is refused; then the
 * operation is costed with its variables, refused over the maximum or with a page over
 * MAX_PAGE_SIZE, and charged to the caller's token bucket. The cost and the bucket are reported in
 * `extensions.cost` on every answer, as Shopify does.
 */
export function queryLimits(schema: GraphQLSchema, limits: Config["limits"]): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    // Counted by graphql's own parser instead (parseOptions): armor's plugin parses outside Apollo's
    // error handling, so a syntax error became an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Costing needs the variables, which validation does not have: done below instead.
    costLimit: { enabled: false },
    // In production server.ts removes suggestions from every message (armor's pattern misses some);
    // elsewhere they help.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const buckets = limits.rateLimit ? new TokenBuckets(limits.rateLimit) : null;

  const costPlugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      let requestedQueryCost: number | null = null;
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          if (hasUnstorableText(document, request.variables)) {
            throw new GraphQLError("Text may not contain NUL characters or unpaired UTF-16 surrogates", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          let measured;
          try {
            measured = measureQuery(schema, document, request.variables, operationName ?? undefined);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // Fragments spreading fragments: more fields than the costing will visit.
            if (/maximum allowed number of nodes/.test(error.message)) {
              throw new GraphQLError("This operation has too many fields to cost; ask for fewer", { extensions: { code: "QUERY_TOO_COSTLY", http: { status: 400 } } });
            }
            // Missing or wrong-typed variables: the same answer execution would give, before it starts.
            throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          if (measured.oversizedPages.length) {
            throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE} (${measured.oversizedPages.join(", ")})`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          requestedQueryCost = measured.cost;
          if (measured.cost > limits.maxCost) {
            throw new GraphQLError(`This operation could cost ${measured.cost} points; one operation may cost at most ${limits.maxCost}. Ask for fewer items or fields.`, {
              extensions: { code: "QUERY_TOO_COSTLY", http: { status: 400 } },
            });
          }
          if (!buckets) return;
          const withdrawal = buckets.take(contextValue.viewer.sub, measured.cost);
          if (!withdrawal.allowed) {
            throw new GraphQLError(`Rate limited: retry in ${withdrawal.retryAfterSeconds} s`, {
              extensions: {
                code: "RATE_LIMITED",
                retryAfterSeconds: withdrawal.retryAfterSeconds,
                http: { status: 429, headers: new Map([["retry-after", String(withdrawal.retryAfterSeconds)]]) },
              },
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (requestedQueryCost === null || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost,
              maximumAvailable: limits.maxCost,
              throttleStatus: buckets
                ? {
                    maximumAvailable: buckets.settings.burst,
                    currentlyAvailable: buckets.available(contextValue.viewer.sub),
                    restoreRate: buckets.settings.refillPerSecond,
                  }
                : null,
            },
          };
        },
      };
    },
  };

  return { parseOptions: { maxTokens: limits.maxTokens }, validationRules: armor.validationRules, plugins: [...(armor.plugins as ApolloServerPlugin<RequestContext>[]), costPlugin] };
}
