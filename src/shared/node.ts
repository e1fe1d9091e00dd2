import { Arg, Field, ID, InterfaceType, Query, Resolver, Ctx } from "type-graphql";
import type { RequestContext } from "../context.js";
import { fromGlobalId } from "./global-id.js";

@InterfaceType({ description: "An object with a global id that `node(id:)` can fetch." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id." })
  id!: string;
}

/**
 * Fetches one object of a type by database id for `node(id:)`, applying the same authorisation as
 * that type's own query (it throws FORBIDDEN where the typed query would).
 */
export type NodeFetcher = (ctx: RequestContext, id: string) => Promise<object | null>;

export function createNodeResolver(fetchers: Record<string, NodeFetcher>) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: "Fetches any object by its global id." })
    async node(@Arg("id", () => ID, { description: "A global id, as any object's `id` field gives it." }) id: string, @Ctx() ctx: RequestContext): Promise<object | null> {
      const parsed = fromGlobalId(id);
      const fetch = parsed && fetchers[parsed.typeName];
      return fetch ? fetch(ctx, parsed.id) : null;
    }
  }
  return NodeResolver;
}
