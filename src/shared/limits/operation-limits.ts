import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import type { Config } from "../../config.js";
import { clientError } from "../errors.js";
import { MAX_PAGE_SIZE } from "../pagination.js";
import { NoIntrospection } from "./introspection.rule.js";
import { measureQuery } from "./query-cost.js";
import { TokenBuckets } from "./token-bucket.js";
import { hasUnstorableText } from "./unstorable-text.js";

/** An operation about to run, as both transports know it once it is parsed and valid. */
export interface OperationRequest {
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
  /** Whose rate bucket pays for it (the token's subject). */
  subject: string;
}

export interface Admission {
  /** The operation's cost when it could be costed (reported in `extensions.cost` over HTTP), else null. */
  cost: number | null;
  /** Why it may not run, as the error to answer with; null when it may. */
  refusal: GraphQLError | null;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/**
 * Everything refused before an operation runs, as plain functions, so that HTTP (the Apollo plugin
 * in limits.plugin.ts) and WebSocket (src/subscriptions/) apply the same checks from the same code:
 * graphql's parser counts tokens; graphql's rules, introspection (when off) and graphql-armor's
 * depth, alias and directive limits validate; text the database cannot store is refused; then the
 * operation is costed with its variables, refused over the maximum or with a page over
 * MAX_PAGE_SIZE, and charged to the caller's token bucket, one bucket per subject for both.
 */
export class OperationLimits {
  /** graphql's token limit, for Apollo's parse (HTTP) and `parse` below (WebSocket). */
  readonly parseOptions: { maxTokens: number };
  /** Besides graphql's specifiedRules; Apollo is given these, and `validate` below uses them. */
  readonly validationRules: ValidationRule[];
  /** graphql's own rules and ours, as the WebSocket validates (Apollo adds graphql's to validationRules itself). */
  private readonly allRules: ValidationRule[];
  private readonly buckets: TokenBuckets | null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: Config["limits"],
    introspection: boolean,
  ) {
    const armor = new ApolloArmor({
      maxDepth: { n: limits.maxDepth, exposeLimits: true },
      maxAliases: { n: limits.maxAliases, exposeLimits: true },
      // Counted by graphql's own parser instead (parseOptions): armor's plugin parses outside Apollo's
      // error handling, so a syntax error became an HTTP 500.
      maxTokens: { enabled: false },
      maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
      // Costing needs the variables, which validation does not have: done in `admit` instead.
      costLimit: { enabled: false },
      // In production the error formatter removes suggestions from every message (armor's pattern
      // misses some); elsewhere they help.
      blockFieldSuggestion: { enabled: false },
    }).protect();
    // Only validation rules are left on: armor's Apollo plugins (tokens, suggestions) are all off above.
    this.validationRules = [...(introspection ? [] : [NoIntrospection]), ...armor.validationRules];
    this.allRules = [...specifiedRules, ...this.validationRules];
    this.parseOptions = { maxTokens: limits.maxTokens };
    this.buckets = limits.rateLimit ? new TokenBuckets(limits.rateLimit) : null;
  }

  get maxCost(): number {
    return this.limits.maxCost;
  }

  /** Parses with the token limit; a syntax error or too many tokens is GRAPHQL_PARSE_FAILED, as Apollo answers. */
  parse(source: unknown): DocumentNode {
    if (typeof source !== "string") throw clientError("BAD_REQUEST", "The operation needs a query string");
    try {
      return parse(source, this.parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError) throw clientError("GRAPHQL_PARSE_FAILED", error.message, { at: error });
      throw error;
    }
  }

  /** graphql's rules and ours; every failure GRAPHQL_VALIDATION_FAILED, as Apollo answers. */
  validate(document: DocumentNode): GraphQLError[] {
    return validate(this.schema, document, this.allRules).map((error) =>
      clientError("GRAPHQL_VALIDATION_FAILED", error.message, { at: error }),
    );
  }

  /** For a parsed, valid operation with its variables: whether it may run now, and what it costs. */
  admit({ document, variables, operationName, subject }: OperationRequest): Admission {
    if (hasUnstorableText(document, variables)) {
      return { cost: null, refusal: clientError("BAD_USER_INPUT", "Text may not contain NUL characters or unpaired UTF-16 surrogates") };
    }
    let measured;
    try {
      measured = measureQuery(this.schema, document, variables, operationName);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      // Fragments spreading fragments: more fields than the costing will visit.
      if (/maximum allowed number of nodes/.test(error.message)) {
        return { cost: null, refusal: clientError("QUERY_TOO_COSTLY", "This operation has too many fields to cost; ask for fewer") };
      }
      // Missing or wrong-typed variables: the same answer execution would give, before it starts.
      return { cost: null, refusal: clientError("BAD_USER_INPUT", error.message) };
    }
    const { cost } = measured;
    if (measured.oversizedPages.length) {
      return { cost, refusal: clientError("BAD_USER_INPUT", `first must be between 1 and ${MAX_PAGE_SIZE} (${measured.oversizedPages.join(", ")})`) };
    }
    if (cost > this.limits.maxCost) {
      return {
        cost,
        refusal: clientError("QUERY_TOO_COSTLY", `This operation could cost ${cost} points; one operation may cost at most ${this.limits.maxCost}. Ask for fewer items or fields.`),
      };
    }
    const withdrawal = this.buckets?.take(subject, cost);
    if (withdrawal && !withdrawal.allowed) {
      const retryAfterSeconds = withdrawal.retryAfterSeconds;
      return {
        cost,
        refusal: clientError("RATE_LIMITED", `Rate limited: retry in ${retryAfterSeconds} s`, {
          extensions: { retryAfterSeconds },
          headers: { "retry-after": String(retryAfterSeconds) },
        }),
      };
    }
    return { cost, refusal: null };
  }

  /** The subject's bucket as `extensions.cost.throttleStatus` reports it; null when rate limiting is off. */
  throttleStatus(subject: string): ThrottleStatus | null {
    if (!this.buckets) return null;
    return { maximumAvailable: this.buckets.settings.burst, currentlyAvailable: this.buckets.available(subject), restoreRate: this.buckets.settings.refillPerSecond };
  }
}
