import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/*
 * HMPPS's subject access service calls with a token whose `authorities` hold ROLE_SAR_DATA_ACCESS. The
 * export needs ADMIN: a deployment grants it with AUTH_ROLE_MAPPING=ROLE_SAR_DATA_ACCESS=ADMIN, and
 * without that mapping the authority is one this API does not know, so the call is refused.
 */

const SECRET = "subject-access-auth-secret-at-least-32-characters";
let mapped: ConfiguredServer;
let conventional: ConfiguredServer;

beforeAll(async () => {
  mapped = await startConfiguredServer({ NODE_ENV: "test", JWT_SECRET: SECRET, AUTH_ROLE_MAPPING: "ROLE_SAR_DATA_ACCESS=ADMIN" });
  conventional = await startConfiguredServer({ NODE_ENV: "test", JWT_SECRET: SECRET });
}, 120_000);
afterAll(async () => {
  await mapped?.close();
  await conventional?.close();
});

const sarToken = () =>
  new SignJWT({ authorities: ["ROLE_SAR_DATA_ACCESS"] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject("hmpps-sar-client")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(SECRET));

async function status(server: ConfiguredServer): Promise<number> {
  const response = await fetch(new URL("/subject-access-request?crn=X123456", server.app.url), { headers: { authorization: `Bearer ${await sarToken()}` } });
  await response.arrayBuffer();
  return response.status;
}

describe("ROLE_SAR_DATA_ACCESS", () => {
  it("is ADMIN where AUTH_ROLE_MAPPING maps it (204: nobody held), and refused where it is not mapped", async () => {
    expect(await status(mapped)).toBe(204);
    expect(await status(conventional)).toBe(403);
  });
});
