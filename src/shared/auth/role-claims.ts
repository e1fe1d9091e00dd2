import { ALL_ROLES, isRole, type Role } from "./roles.js";

/**
 * Identity-provider role → the API roles it grants (AUTH_ROLE_MAPPING). Several entries may name the
 * same provider role, and it then grants each of them.
 */
export type RoleMapping = ReadonlyMap<string, readonly Role[]>;

/** HMPPS Auth's convention, used when no mapping is configured: `ROLE_PROBATION` grants `PROBATION`. */
const ROLE_PREFIX = "ROLE_";

/**
 * Reads `ROLE_DA_PROBATION=PROBATION,ROLE_DA_FACILITATOR=FACILITATOR`. Every problem is listed, so a
 * deployment finds them all at once; the message never quotes more of the value than the bad entry.
 */
export function parseRoleMapping(text: string): { mapping: RoleMapping; problems: [] } | { mapping: null; problems: string[] } {
  const mapping = new Map<string, Role[]>();
  const problems: string[] = [];
  for (const entry of text.split(",").map((part) => part.trim())) {
    if (entry === "") continue;
    const [provided = "", granted = "", ...rest] = entry.split("=").map((part) => part.trim());
    if (rest.length > 0 || provided === "" || granted === "") {
      problems.push(`"${entry}" is not of the form IDP_ROLE=API_ROLE`);
    } else if (!isRole(granted)) {
      problems.push(`"${entry}" names ${granted}, which is not an API role (${ALL_ROLES.join(", ")})`);
    } else {
      mapping.set(provided, [...(mapping.get(provided) ?? []), granted]);
    }
  }
  if (problems.length > 0) return { mapping: null, problems };
  if (mapping.size === 0) return { mapping: null, problems: ["maps no role: leave it unset for the ROLE_X convention"] };
  return { mapping, problems: [] };
}

export interface ClaimedRoles {
  roles: Role[];
  /** How many values named no role this API knows (dropped, never refused). */
  ignored: number;
}

const isListOfStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * The API roles a verified token grants: the `roles` claim names them directly (the API's own and
 * development tokens); the `authorities` claim (HMPPS Auth) names the identity provider's, mapped.
 * Values this API does not know are dropped, so a provider that adds roles for other services does not
 * lock its users out; a token left with none is still authenticated and is FORBIDDEN everywhere a role
 * is needed. Null when either claim is present but not a list of strings: a broken token, refused.
 */
export function rolesFromClaims(payload: Record<string, unknown>, mapping: RoleMapping | null): ClaimedRoles | null {
  const direct = payload["roles"] ?? [];
  const authorities = payload["authorities"] ?? [];
  if (!isListOfStrings(direct) || !isListOfStrings(authorities)) return null;
  const granted = new Set<Role>();
  let ignored = 0;
  for (const value of direct) {
    if (isRole(value)) granted.add(value);
    else ignored++;
  }
  for (const authority of authorities) {
    const roles = grantedBy(authority, mapping);
    for (const role of roles) granted.add(role);
    if (roles.length === 0) ignored++;
  }
  return { roles: [...granted], ignored };
}

function grantedBy(authority: string, mapping: RoleMapping | null): readonly Role[] {
  if (mapping) return mapping.get(authority) ?? [];
  const name = authority.startsWith(ROLE_PREFIX) ? authority.slice(ROLE_PREFIX.length) : null;
  return name !== null && isRole(name) ? [name] : [];
}
