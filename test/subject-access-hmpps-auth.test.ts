import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/*
 * HMPPS's subject access service calls with a token whose `authorities` hold ROLE_SAR_DATA_ACCESS. It
 * grants the API's SAR_DATA_ACCESS role, which exports and does nothing else: by convention when
 * AUTH_ROLE_MAPPING is unset, and only where the mapping lists it when it is set.
 */

const SECRET = "subject-access-auth-secret-at-least-32-characters";
let mappedElsewhere: ConfiguredServer;
let conventional: ConfiguredServer;

beforeAll(async () => {
  mappedElsewhere = await startConfiguredServer({ NODE_ENV: "test", JWT_SECRET: SECRET, AUTH_ROLE_MAPPING: "ROLE_DA_PROBATION=PROBATION" });
  conventional = await startConfiguredServer({ NODE_ENV: "test", JWT_SECRET: SECRET });
}, 120_000);
afterAll(async () => {
  await mappedElsewhere?.close();
  await conventional?.close();
});

const sarToken = () =>
  new SignJWT({ authorities: ["ROLE_SAR_DATA_ACCESS"] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject("hmpps-sar-client")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(SECRET));

async function status(server: ConfiguredServer, path = "/subject-access-request?crn=X123456"): Promise<number> {
  const response = await fetch(new URL(path, server.app.url), { headers: { authorization: `Bearer ${await sarToken()}` } });
  await response.arrayBuffer();
  return response.status;
}

describe("ROLE_SAR_DATA_ACCESS", () => {
  it("exports by convention (204: nobody held), and nothing else; a mapping that leaves it out refuses it", async () => {
    expect(await status(conventional)).toBe(204);
    expect(await status(conventional, "/reports/programme-performance.csv?programme=BBR&from=2026-01-01&to=2026-03-31")).toBe(403);
    expect(await status(mappedElsewhere)).toBe(403);
  });
});
