import { describe, expect, it } from "vitest";
import { parseRoleMapping, rolesFromClaims } from "./role-claims.js";
import { ALL_ROLES, Role } from "./roles.js";

const mapping = parseRoleMapping("ROLE_DA_PROBATION=PROBATION, ROLE_DA_FACILITATOR=FACILITATOR,ROLE_DA_IOM=IOM_OFFICER,ROLE_DA_IOM=IOM_SUPERVISOR").mapping;

describe("rolesFromClaims", () => {
  it.each([
    ["roles naming API roles", { roles: ["PROBATION", "AUDITOR"] }, null, [Role.PROBATION, Role.AUDITOR], 0],
    ["an unknown role beside a known one, dropped", { roles: ["PROBATION", "SUPERUSER"] }, null, [Role.PROBATION], 1],
    ["a role in the wrong case, dropped", { roles: ["admin"] }, null, [], 1],
    ["no roles claim at all", {}, null, [], 0],
    ["an empty roles claim", { roles: [] }, null, [], 0],
    ["HMPPS authorities by the ROLE_X convention", { authorities: ["ROLE_PROBATION", "ROLE_LICENCE_CA"] }, null, [Role.PROBATION], 1],
    ["an authority without the ROLE_ prefix, dropped", { authorities: ["PROBATION"] }, null, [], 1],
    ["the prefix alone, dropped", { authorities: ["ROLE_"] }, null, [], 1],
    ["both claims, unioned", { roles: ["AUDITOR"], authorities: ["ROLE_PROBATION", "ROLE_AUDITOR"] }, null, [Role.AUDITOR, Role.PROBATION], 0],
    ["authorities through a mapping", { authorities: ["ROLE_DA_PROBATION", "ROLE_DA_FACILITATOR"] }, mapping, [Role.PROBATION, Role.FACILITATOR], 0],
    ["one authority mapped to two roles", { authorities: ["ROLE_DA_IOM"] }, mapping, [Role.IOM_OFFICER, Role.IOM_SUPERVISOR], 0],
    ["the convention, unused once a mapping is set", { authorities: ["ROLE_PROBATION", "ROLE_ADMIN"] }, mapping, [], 2],
    ["the roles claim, never mapped", { roles: ["ROLE_DA_PROBATION", "ADMIN"] }, mapping, [Role.ADMIN], 1],
    ["a null claim, as if absent", { roles: null, authorities: ["ROLE_ANALYST"] }, null, [Role.ANALYST], 0],
  ])("%s", (_name, claims, roleMapping, roles, ignored) => {
    expect(rolesFromClaims(claims, roleMapping)).toEqual({ roles, ignored });
  });

  it.each([
    ["roles a string", { roles: "ADMIN" }],
    ["roles an object", { roles: { 0: "ADMIN", length: 1 } }],
    ["authorities a space-separated string", { authorities: "ROLE_PROBATION ROLE_ADMIN" }],
    ["authorities holding a number", { authorities: ["ROLE_PROBATION", 7] }],
    ["roles holding an object", { roles: [{ role: "ADMIN" }] }],
  ])("refuses %s (a broken token, not an unknown role)", (_name, claims) => {
    expect(rolesFromClaims(claims, null)).toBeNull();
  });
});

describe("parseRoleMapping", () => {
  it("reads entries, ignoring spaces and empty entries", () => {
    expect(parseRoleMapping(" ROLE_A = PROBATION ,, ROLE_B=ADMIN,").mapping).toEqual(
      new Map([
        ["ROLE_A", [Role.PROBATION]],
        ["ROLE_B", [Role.ADMIN]],
      ]),
    );
  });

  it.each([
    ["an unknown API role", "ROLE_A=SUPERUSER", [`"ROLE_A=SUPERUSER" names SUPERUSER, which is not an API role (${ALL_ROLES.join(", ")})`]],
    ["an API role in the wrong case", "ROLE_A=probation", [`"ROLE_A=probation" names probation, which is not an API role (${ALL_ROLES.join(", ")})`]],
    ["an entry without =", "ROLE_A", ['"ROLE_A" is not of the form IDP_ROLE=API_ROLE']],
    ["an entry with two =", "ROLE_A=B=C", ['"ROLE_A=B=C" is not of the form IDP_ROLE=API_ROLE']],
    ["an empty side", "=PROBATION,ROLE_B=", ['"=PROBATION" is not of the form IDP_ROLE=API_ROLE', '"ROLE_B=" is not of the form IDP_ROLE=API_ROLE']],
    ["nothing mapped", " , ", ["maps no role: leave it unset for the ROLE_X convention"]],
  ])("refuses %s, listing every problem", (_name, text, problems) => {
    expect(parseRoleMapping(text)).toEqual({ mapping: null, problems });
  });
});
