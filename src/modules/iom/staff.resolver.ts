import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import type { IomStaffRow } from "./iom.table.js";
import { IomStaffFilter, IomStaffMemberPayload, RegisterIomStaffMemberInput, UpdateIomStaffMemberInput } from "./staff.inputs.js";
import { IomStaffMember, IomStaffMemberConnection, toIomStaffMember } from "./staff.type.js";

@Resolver(() => IomStaffMember)
export class IomStaffResolver {
  @Query(() => IomStaffMemberConnection, { description: "Offender managers and probation practitioners, by team and name." })
  async iomStaff(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("filter", () => IomStaffFilter, { nullable: true, description: "Narrows the list; null or left out lists active staff." }) filter?: IomStaffFilter | null) {
    return mapConnection(await ctx.services.iomStaff.staffPage(ctx, page, filter), toIomStaffMember);
  }

  @Mutation(() => IomStaffMemberPayload, { description: "Adds an offender manager or probation practitioner (IOM_SUPERVISOR or ADMIN)." })
  async registerIomStaffMember(@Arg("input", () => RegisterIomStaffMemberInput, { description: "The staff member to add." }) input: RegisterIomStaffMemberInput, @Ctx() ctx: RequestContext) {
    return toStaffPayload(await ctx.services.iomStaff.registerStaff(ctx, input));
  }

  @Mutation(() => IomStaffMemberPayload, { description: "Changes a staff record's name, team or organisation, or marks them inactive." })
  async updateIomStaffMember(@Arg("input", () => UpdateIomStaffMemberInput, { description: "The staff member and the fields to change." }) input: UpdateIomStaffMemberInput, @Ctx() ctx: RequestContext) {
    return toStaffPayload(await ctx.services.iomStaff.updateStaff(ctx, input));
  }
}

function toStaffPayload(outcome: Outcome<IomStaffRow>): IomStaffMemberPayload {
  return outcome.ok ? { staffMember: toIomStaffMember(outcome.value), userErrors: [] } : { staffMember: null, userErrors: outcome.errors };
}
