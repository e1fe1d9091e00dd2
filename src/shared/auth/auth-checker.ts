import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { forbidden } from "../errors.js";
import type { Role } from "./roles.js";
import type { Viewer } from "./viewer.js";

/** The caller needs at least one of the roles; ADMIN passes every role check. */
export function assertHasSomeRole(viewer: Viewer, roles: readonly Role[]): void {
  if (roles.length === 0 || viewer.isAdmin || viewer.has(...roles)) return;
  throw forbidden(`This needs one of the roles: ${roles.join(", ")}`);
}

/** `@Authorized(...roles)` on queries, mutations and field resolvers. */
export const roleAuthChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  assertHasSomeRole(context.viewer, roles);
  return true;
};
