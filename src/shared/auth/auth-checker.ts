import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { forbidden } from "../errors.js";
import type { Role } from "./roles.js";

/** `@Authorized(...roles)`: the caller needs at least one of the roles; ADMIN passes every role check. */
export const roleAuthChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (roles.length === 0 || viewer.isAdmin || viewer.has(...roles)) return true;
  throw forbidden(`This needs one of the roles: ${roles.join(", ")}`);
};
