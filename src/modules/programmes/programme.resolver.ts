import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Programme, toProgramme } from "./programme.type.js";

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: "The programmes the partnership runs (a short, fixed list)." })
  async programmes(@Ctx() ctx: RequestContext): Promise<Programme[]> {
    const rows = await ctx.services.programmes.listAll();
    return rows.map(toProgramme);
  }
}
