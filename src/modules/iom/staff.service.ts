import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { IomAccess } from "./iom.access.js";
import type { CohortRepository } from "./cohort.repository.js";
import { staffCursor, type StaffRepository, type StaffScope } from "./staff.repository.js";
import type { IomStaffRow } from "./iom.table.js";
import type { IomStaffFilter, RegisterIomStaffMemberInput, UpdateIomStaffMemberInput } from "./staff.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { renamedArgument } from "../../shared/renamed.js";
import { resolveRenamed } from "../../shared/renamed.js";

/** Staff text fields: trimmed, required ones present, all within their lengths. */
function cleanStaffText(input: { name?: string | null; team?: string | null; organisation?: string | null }, required: boolean) {
  const errors: UserError[] = [];
  const clean = (field: "name" | "team" | "organisation", max: number, needed: boolean) => {
    const value = input[field]?.trim();
    if (value === undefined || value === "") {
      if (needed) errors.push(userError(field, "INVALID", `${field} is required`));
      return value === "" && !needed ? null : undefined;
    }
    errors.push(...fieldErrors(checkLength(field, value, max)));
    return value;
  };
  const values = { name: clean("name", 120, required), team: clean("team", 80, required), organisation: clean("organisation", 120, false) };
  return { values, errors };
}

/** Active staff only unless the filter widens it (includeInactive, or the deprecated activeOnly: false). */
function includeInactive(filter: IomStaffFilter | null | undefined): boolean {
  const old = filter?.activeOnly === null || filter?.activeOnly === undefined ? null : !filter.activeOnly;
  return renamedArgument({ name: "filter.includeInactive", value: filter?.includeInactive, oldName: "filter.activeOnly", oldValue: old }) ?? false;
}

/** The offender managers and probation practitioners who work with the cohort. */
export class StaffService {
  constructor(
    private readonly db: Database,
    private readonly repository: StaffRepository,
    private readonly cohort: CohortRepository,
    private readonly access: IomAccess,
  ) {}

  async staffPage(ctx: RequestContext, args: PageArgs, filter: IomStaffFilter | null | undefined): Promise<Connection<IomStaffRow>> {
    this.access.assertMayReadSomeMembers(ctx);
    const page = pageRequest(args);
    const scope: StaffScope = { team: filter?.team ?? undefined, kind: filter?.kind ?? undefined, activeOnly: !includeInactive(filter) };
    const rows = await this.repository.staffPage(scope, page);
    for (const row of rows) ctx.loaders.iom.staffById.prime(row.id, row);
    return toConnection(rows, page, staffCursor, (row) => row, () => this.repository.countStaff(scope));
  }

  async getStaff(ctx: RequestContext, id: string): Promise<IomStaffRow | null> {
    this.access.assertMayReadSomeMembers(ctx);
    return ctx.loaders.iom.staffById.load(id);
  }

  loadStaff(ctx: RequestContext, id: string): Promise<IomStaffRow | null> {
    return ctx.loaders.iom.staffById.load(id);
  }

  async registerStaff(ctx: RequestContext, input: RegisterIomStaffMemberInput): Promise<Outcome<IomStaffRow>> {
    this.access.assertManagesCohort(ctx);
    const { values, errors } = cleanStaffText(input, true);
    const named = resolveRenamed({ name: "input.sub", value: input.sub?.trim(), oldName: "input.subject", oldValue: input.subject?.trim() });
    const subject = named.value ?? "";
    const subjectField = input.sub != null || input.subject == null ? "sub" : "subject";
    if (named.conflict) errors.push(...userErrorsFrom([named.conflict]));
    else if (!subject || subject.length > 200) errors.push(userError(subjectField, "INVALID", `${subjectField} must be 1 to 200 characters`));
    const collarNumber = input.collarNumber?.trim() || null;
    const force = input.force?.trim() || null;
    if (input.kind === "POLICE_OFFENDER_MANAGER") {
      if (!collarNumber) errors.push(userError("collarNumber", "INVALID", "A police offender manager needs a collar number"));
      if (!force) errors.push(userError("force", "INVALID", "A police offender manager needs a force"));
    } else if (collarNumber) {
      errors.push(userError("collarNumber", "INVALID", "Only police staff have a collar number"));
    }
    if (collarNumber && collarNumber.length > 20) errors.push(userError("collarNumber", "INVALID", "collarNumber must be at most 20 characters"));
    if (errors.length) return refused(...errors);
    try {
      const row = await this.repository.insertStaff(this.db, {
        kind: input.kind,
        name: values.name!,
        team: values.team!,
        organisation: values.organisation ?? null,
        collarNumber,
        force: input.kind === "POLICE_OFFENDER_MANAGER" ? force : null,
        subject,
        createdBy: ctx.viewer.sub,
      });
      return succeeded(row);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === "iom_staff_subject_idx") return refused(userError(subjectField, "DUPLICATE", "Someone is already registered with that subject"));
      if (constraint === "iom_staff_collar_idx") return refused(userError("collarNumber", "DUPLICATE", "An active officer of that force already has that collar number"));
      throw error;
    }
  }

  async updateStaff(ctx: RequestContext, input: UpdateIomStaffMemberInput): Promise<Outcome<IomStaffRow>> {
    this.access.assertManagesCohort(ctx);
    const staffId = idOfType(input.staffId, "IomStaffMember");
    const current = staffId ? await this.repository.staffByIds([staffId]) : [];
    if (!current[0]) return refused(userError("staffId", "NOT_FOUND", "No such staff member"));
    const { values, errors } = cleanStaffText(input, false);
    if (errors.length) return refused(...errors);
    if (input.active === false && current[0].active) {
      const members = await this.cohort.countCurrentMembers(current[0].id);
      if (members > 0) {
        return refused(userError("active", "INVALID", `They are still offender manager for ${members} member(s): hand them to another officer first`));
      }
    }
    const patch = {
      ...(values.name !== undefined ? { name: values.name! } : {}),
      ...(values.team !== undefined ? { team: values.team! } : {}),
      ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    };
    try {
      const row = await this.repository.updateStaff(this.db, current[0].id, patch);
      return row ? succeeded(row) : refused(userError("staffId", "NOT_FOUND", "No such staff member"));
    } catch (error) {
      if (uniqueViolation(error)) return refused(userError("active", "DUPLICATE", "An active officer of that force already has this collar number"));
      throw error;
    }
  }
}
