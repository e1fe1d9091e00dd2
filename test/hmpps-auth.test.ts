import { Writable } from "node:stream";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { Role } from "../src/shared/auth/roles.js";
import { createLogger } from "../src/shared/logger.js";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/**
 * Tokens from HMPPS Auth carry the identity provider's roles in `authorities` (`ROLE_PROBATION`), most
 * of them for other services. They are mapped to this API's roles, and values it does not know are
 * dropped, never refused; a token left with no role is authenticated and FORBIDDEN wherever a role is
 * needed, exactly as a role without the right is. Driven over HTTP against the real server.
 */

const SECRET = "hmpps-auth-test-secret-at-least-32-characters";
const PERSON_NAME = "Alexandra Quarrington";

const PROTECTED = {
  referrals: "{ referrals(first: 1) { totalCount } }",
  auditLog: "{ auditEvents(first: 1) { totalCount } }",
  expiringOrders: "mutation { raiseExpiringOrderAlerts { __typename } }",
};
const OPEN = "{ programmes { code } }";

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

let logLines: string[] = [];
let conventional: ConfiguredServer;
let mapped: ConfiguredServer;

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  conventional = await startConfiguredServer({ NODE_ENV: "test", JWT_SECRET: SECRET }, createLogger("debug", logs));
  mapped = await startConfiguredServer({
    NODE_ENV: "test",
    JWT_SECRET: SECRET,
    AUTH_ROLE_MAPPING: "ROLE_DA_PROBATION=PROBATION, ROLE_DA_AUDIT=AUDITOR",
  });
}, 120_000);
afterAll(async () => {
  await conventional?.close();
  await mapped?.close();
});

/** A token as HMPPS Auth issues one: `authorities`, no `roles`; or any other claims given. */
function tokenWith(claims: Record<string, unknown>, sub = "hmpps-user-1"): Promise<string> {
  return new SignJWT({ name: PERSON_NAME, ...claims })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(SECRET));
}

async function ask(server: ConfiguredServer, query: string, token: string): Promise<Answer> {
  const response = await fetch(server.app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const codesOf = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code) ?? [];

describe("authorities by the ROLE_X convention (no AUTH_ROLE_MAPPING)", () => {
  it("grants the API role an authority names", async () => {
    const token = await tokenWith({ authorities: ["ROLE_PROBATION", "ROLE_GLOBAL_SEARCH"] });
    const answer = await ask(conventional, PROTECTED.referrals, token);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ referrals: { totalCount: expect.any(Number) } });
  });

  it("grants nothing for an authority without the ROLE_ prefix", async () => {
    const answer = await ask(conventional, PROTECTED.referrals, await tokenWith({ authorities: ["PROBATION"] }));
    expect(codesOf(answer)).toEqual(["FORBIDDEN"]);
  });

  it("keeps the known role of a roles claim that also names an unknown one", async () => {
    const answer = await ask(conventional, PROTECTED.referrals, await tokenWith({ roles: ["PROBATION", "SUPERUSER"] }));
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("a token whose roles are all unknown", () => {
  const unknownOnly = [
    ["authorities for other services only", { authorities: ["ROLE_LICENCE_CA", "ROLE_GLOBAL_SEARCH"] }],
    ["a roles claim of unknown values", { roles: ["SUPERUSER", "admin"] }],
    ["no roles or authorities at all", {}],
    ["empty roles and authorities", { roles: [], authorities: [] }],
  ] as const;

  it.each(unknownOnly)("with %s is authenticated: it reads what needs no role", async (_name, claims) => {
    const answer = await ask(conventional, OPEN, await tokenWith(claims));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it.each(unknownOnly)("with %s is FORBIDDEN everywhere a role is needed, exactly as a role without the right", async (_name, claims) => {
    const roleless = await tokenWith(claims);
    // ANALYST holds none of the roles these operations need.
    const withoutTheRight = await conventional.token("analyst-1", [Role.ANALYST]);
    for (const query of Object.values(PROTECTED)) {
      const answer = await ask(conventional, query, roleless);
      expect(codesOf(answer), query).toEqual(["FORBIDDEN"]);
      expect(answer.body.data ?? null, query).toBeNull();
      expect(answer, query).toEqual(await ask(conventional, query, withoutTheRight));
    }
  });

  it("is logged under its subject, with counts only: no name and no role value", async () => {
    logLines = [];
    await ask(conventional, OPEN, await tokenWith({ authorities: ["ROLE_LICENCE_CA", "ROLE_PROBATION"] }, "hmpps-user-logged"));
    const line = logLines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry["sub"] === "hmpps-user-logged" && "ignoredRoles" in entry);
    expect(line).toMatchObject({ ignoredRoles: 1, keptRoles: 1 });
    const everything = logLines.join("\n");
    expect(everything).not.toContain(PERSON_NAME);
    expect(everything).not.toContain("ROLE_LICENCE_CA");
  });
});

describe("malformed role claims", () => {
  it.each([
    ["authorities as one string", { authorities: "ROLE_PROBATION ROLE_ADMIN" }],
    ["roles as a string", { roles: "ADMIN" }],
    ["authorities holding a number", { authorities: ["ROLE_PROBATION", 1] }],
  ])("refuses %s with 401 UNAUTHENTICATED", async (_name, claims) => {
    const answer = await ask(conventional, OPEN, await tokenWith(claims));
    expect(answer.status).toBe(401);
    expect(codesOf(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(answer.body.errors?.[0]?.message).toBe("The token's roles and authorities claims must be lists of strings");
  });
});

describe("AUTH_ROLE_MAPPING", () => {
  it("grants the mapped role", async () => {
    const probation = await ask(mapped, PROTECTED.referrals, await tokenWith({ authorities: ["ROLE_DA_PROBATION"] }));
    expect(probation.body.errors).toBeUndefined();
    const auditor = await ask(mapped, PROTECTED.auditLog, await tokenWith({ authorities: ["ROLE_DA_AUDIT"] }));
    expect(auditor.body.errors).toBeUndefined();
    expect(auditor.body.data).toEqual({ auditEvents: { totalCount: expect.any(Number) } });
  });

  it("replaces the convention: an authority it does not list grants nothing", async () => {
    const token = await tokenWith({ authorities: ["ROLE_PROBATION", "ROLE_ADMIN", "ROLE_AUDITOR"] });
    for (const query of Object.values(PROTECTED)) expect(codesOf(await ask(mapped, query, token)), query).toEqual(["FORBIDDEN"]);
  });

  it("grants only what it maps: a mapped auditor cannot read referrals", async () => {
    const answer = await ask(mapped, PROTECTED.referrals, await tokenWith({ authorities: ["ROLE_DA_AUDIT"] }));
    expect(codesOf(answer)).toEqual(["FORBIDDEN"]);
  });

  it.each([
    ["an unknown API role", "ROLE_DA_PROBATION=PROBATION,ROLE_DA_BOSS=SUPERUSER", /AUTH_ROLE_MAPPING: "ROLE_DA_BOSS=SUPERUSER" names SUPERUSER, which is not an API role/],
    ["an entry that is not a pair", "ROLE_DA_PROBATION", /AUTH_ROLE_MAPPING: "ROLE_DA_PROBATION" is not of the form IDP_ROLE=API_ROLE/],
  ])("stops the start-up on %s, naming the variable", (_name, value, message) => {
    const environment = { NODE_ENV: "test", JWT_SECRET: SECRET, AUTH_ROLE_MAPPING: value };
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
  });
});
