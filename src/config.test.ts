import { describe, expect, it } from "vitest";
import { ConfigError, DEV_JWT_SECRET, loadConfig } from "./config.js";

const SECRET = "a-secret-of-this-deployment-at-least-32-chars";
const JWKS_URL = "https://idp.example/.well-known/jwks.json";

describe("NODE_ENV and the JWT secret", () => {
  it.each([
    ["NODE_ENV unset, no secret", {}, /JWT_SECRET: NODE_ENV=production needs JWT_SECRET or JWKS_URL/],
    ["NODE_ENV=production, no secret", { NODE_ENV: "production" }, /JWT_SECRET: NODE_ENV=production needs JWT_SECRET or JWKS_URL/],
    ["NODE_ENV=test, no secret", { NODE_ENV: "test" }, /JWT_SECRET: NODE_ENV=test needs JWT_SECRET or JWKS_URL/],
    ["NODE_ENV=production with the development secret", { NODE_ENV: "production", JWT_SECRET: DEV_JWT_SECRET }, /JWT_SECRET: is the public development secret/],
    ["NODE_ENV unset with the development secret", { JWT_SECRET: DEV_JWT_SECRET }, /JWT_SECRET: is the public development secret/],
    ["a secret shorter than 32 characters", { NODE_ENV: "development", JWT_SECRET: "short" }, /JWT_SECRET: JWT_SECRET must be at least 32 characters/],
  ])("refuses %s, naming the variable", (_name, environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
  });

  it.each([
    ["NODE_ENV unset, with JWT_SECRET", {}, { JWT_SECRET: SECRET }, "production", { secret: SECRET, jwksUrl: null, usingDevSecret: false }],
    ["NODE_ENV unset, with JWKS_URL only", {}, { JWKS_URL }, "production", { secret: null, jwksUrl: JWKS_URL, usingDevSecret: false }],
    ["production with its own secret", { NODE_ENV: "production" }, { JWT_SECRET: SECRET }, "production", { secret: SECRET, usingDevSecret: false }],
    ["test with its own secret", { NODE_ENV: "test" }, { JWT_SECRET: SECRET }, "test", { secret: SECRET, usingDevSecret: false }],
    ["development without a secret", { NODE_ENV: "development" }, {}, "development", { secret: DEV_JWT_SECRET, jwksUrl: null, usingDevSecret: true }],
    ["development with its own secret", { NODE_ENV: "development" }, { JWT_SECRET: SECRET }, "development", { secret: SECRET, usingDevSecret: false }],
    ["development with JWKS_URL only", { NODE_ENV: "development" }, { JWKS_URL }, "development", { secret: null, jwksUrl: JWKS_URL, usingDevSecret: false }],
  ])("accepts %s", (_name, nodeEnv, secrets, env, auth) => {
    const config = loadConfig({ ...nodeEnv, ...secrets });
    expect(config.env).toBe(env);
    expect(config.auth).toMatchObject(auth);
  });

  it("turns introspection off when NODE_ENV is unset, as in production", () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "development" }).introspection).toBe(true);
  });
});

describe("JWT_MAX_LIFETIME_MINUTES", () => {
  it.each([
    [undefined, 720],
    ["1", 1],
    ["90", 90],
    ["10080", 10_080],
  ])("accepts %s as %i minutes", (value, minutes) => {
    const config = loadConfig({ JWT_SECRET: SECRET, ...(value === undefined ? {} : { JWT_MAX_LIFETIME_MINUTES: value }) });
    expect(config.auth.maxLifetimeMinutes).toBe(minutes);
  });

  it.each(["0", "-5", "10081", "1.5", "twelve hours", ""])("refuses %j", (value) => {
    expect(() => loadConfig({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME_MINUTES: value })).toThrow(/JWT_MAX_LIFETIME_MINUTES/);
  });
});
