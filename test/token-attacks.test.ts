import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConfiguredServer, type ConfiguredServer } from "./support/server.js";

/**
 * Every kind of bad bearer token, sent over HTTP to the real server configured as in production:
 * an HS256 secret, an issuer, an audience, and an identity provider's JWKS (served here by a small
 * HTTP server). Each bad token differs from a good one in one way only, so a refusal can only be
 * due to that one difference.
 */

const SECRET = "token-attacks-secret-at-least-32-characters-long";
const ISSUER = "https://idp.test";
const AUDIENCE = "safeguard-graph";
const KID = "idp-signing-key-1";
const QUERY = "{ programmes { code } }";
/** JWT_MAX_LIFETIME_MINUTES for this server: no token may be valid for longer than this after its iat. */
const MAX_LIFETIME_MINUTES = 60;
const MAX_LIFETIME = MAX_LIFETIME_MINUTES * 60;

/** The one answer for any token that fails verification, so a caller cannot tell which check failed. */
const INVALID_TOKEN = "The bearer token is invalid or expired";
/** For a missing or non-bearer Authorization header: no token was checked, so there is nothing to reveal. */
const NO_BEARER_TOKEN = "Send a bearer token: Authorization: Bearer <JWT>";
/**
 * For a token whose signature and claims verified but whose roles or authorities claim is not a list
 * of strings. Only the holder of a key the server trusts can produce such a token, so this message
 * tells a forger nothing. (Unknown role values are dropped, not refused: see below.)
 */
const BAD_ROLE_CLAIMS = "The token's roles and authorities claims must be lists of strings";
/** An operation every role but ADMIN, PROBATION, POLICE and the IOM and safeguarding roles is refused. */
const REFERRALS = "{ referrals(first: 1) { totalCount } }";

interface Keys {
  idp: { privateKey: CryptoKey; publicKeyPem: string; publicJwk: JWK; privateKeyPem: string };
  /** An RSA key of the attacker's own, never published in the JWKS. */
  attackerRsa: { privateKey: CryptoKey; publicJwk: JWK };
  /** An EC key of the attacker's own: no EC key is configured at all. */
  attackerEc: { privateKey: CryptoKey };
}

let keys: Keys;
let jwksServer: http.Server;
let jwksRequests = 0;
let server: ConfiguredServer;

beforeAll(async () => {
  // Extractable so the same private key can sign with other algorithms (a CryptoKey is bound to one).
  const idp = await generateKeyPair("RS256", { extractable: true });
  const attackerRsa = await generateKeyPair("RS256");
  const attackerEc = await generateKeyPair("ES256");
  // Published with alg and use as identity providers do: the key then verifies RS256 tokens only.
  const idpJwk: JWK = { ...(await exportJWK(idp.publicKey)), kid: KID, alg: "RS256", use: "sig" };
  keys = {
    idp: { privateKey: idp.privateKey, publicKeyPem: await exportSPKI(idp.publicKey), publicJwk: idpJwk, privateKeyPem: await exportPKCS8(idp.privateKey) },
    attackerRsa: { privateKey: attackerRsa.privateKey, publicJwk: await exportJWK(attackerRsa.publicKey) },
    attackerEc: { privateKey: attackerEc.privateKey },
  };

  jwksServer = http.createServer((_request, response) => {
    jwksRequests++;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [idpJwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;

  server = await startConfiguredServer({
    NODE_ENV: "test",
    JWT_SECRET: SECRET,
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
    JWKS_URL: jwksUrl,
    JWT_MAX_LIFETIME_MINUTES: String(MAX_LIFETIME_MINUTES),
  });
});

afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => (jwksServer ? jwksServer.close(() => resolve()) : resolve()));
});

// ---- building tokens ----------------------------------------------------------------------------

const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** The claims of a token the server must accept; each attack changes one thing about them. */
function goodClaims(): JWTPayload {
  return { sub: "prob-1", roles: ["PROBATION"], iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600 };
}

function without(claims: JWTPayload, ...names: string[]): JWTPayload {
  const copy = { ...claims };
  for (const name of names) delete copy[name];
  return copy;
}

/** Signs with HMAC by hand, so the key can be any bytes and the payload any JSON (jose would refuse some). */
function hmacToken(payload: unknown, key: string | Buffer, alg: "HS256" | "HS512" = "HS256"): string {
  const signingInput = `${base64url({ alg, typ: "JWT" })}.${base64url(payload)}`;
  const signature = createHmac(alg === "HS256" ? "sha256" : "sha512", key).update(signingInput).digest("base64url");
  return `${signingInput}.${signature}`;
}

const hs256 = (claims: JWTPayload = goodClaims()) => hmacToken(claims, SECRET);

function rs256(claims: JWTPayload = goodClaims(), key: CryptoKey = keys.idp.privateKey, header: Record<string, unknown> = { kid: KID }) {
  return new SignJWT(claims).setProtectedHeader({ ...header, alg: "RS256", typ: "JWT" }).sign(key);
}

/** A good token signed with the IdP's own private key and kid, but under another RSA algorithm. */
async function signedByIdpKeyAs(alg: "RS512" | "PS256"): Promise<string> {
  return new SignJWT(goodClaims()).setProtectedHeader({ alg, kid: KID, typ: "JWT" }).sign(await importPKCS8(keys.idp.privateKeyPem, alg));
}

function unsigned(header: Record<string, unknown>, trailingDot: boolean): string {
  return `${base64url(header)}.${base64url(goodClaims())}${trailingDot ? "." : ""}`;
}

// ---- talking to the server ----------------------------------------------------------------------

interface Answer {
  status: number;
  body: { data?: { programmes: { code: string }[] } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function ask(query: string, authorization: string | undefined): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== undefined) headers["authorization"] = authorization;
  const response = await fetch(server.app.url, { method: "POST", headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const askProgrammes = (authorization: string | undefined) => ask(QUERY, authorization);

async function expectAccepted(token: string): Promise<void> {
  const { status, body } = await askProgrammes(`Bearer ${token}`);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  expect(body.data?.programmes.length).toBeGreaterThan(0);
}

/**
 * The whole body is compared, not picked over: a refusal carries exactly one error, no data, and
 * nothing else (no stack trace, no hint of which check failed).
 */
async function expectRefused(authorization: string | undefined, message: string): Promise<void> {
  const { status, body } = await askProgrammes(authorization);
  expect(body).toEqual({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
  expect(status).toBe(401);
}

// ---- the cases ----------------------------------------------------------------------------------

interface Attack {
  attack: string;
  /** The whole Authorization header value, or undefined to send none. */
  authorization: () => string | undefined | Promise<string | undefined>;
  message: string;
}

const bearer = (token: () => string | Promise<string>) => async () => `Bearer ${await token()}`;

const attacks: Attack[] = [
  // 1. No signature at all.
  { attack: 'alg "none", with a trailing dot', authorization: bearer(() => unsigned({ alg: "none", typ: "JWT" }, true)), message: INVALID_TOKEN },
  { attack: 'alg "none", without a trailing dot', authorization: bearer(() => unsigned({ alg: "none", typ: "JWT" }, false)), message: INVALID_TOKEN },
  { attack: 'alg "NONE" in capitals', authorization: bearer(() => unsigned({ alg: "NONE", typ: "JWT" }, true)), message: INVALID_TOKEN },
  {
    attack: 'alg "none" with a real HS256 signature left on',
    authorization: bearer(() => `${base64url({ alg: "none", typ: "JWT" })}.${hs256().split(".").slice(1).join(".")}`),
    message: INVALID_TOKEN,
  },

  // 2. The wrong shared secret.
  { attack: "HS256 signed with a wrong secret", authorization: bearer(() => hmacToken(goodClaims(), "not-the-secret-but-just-as-long-as-the-real-one")), message: INVALID_TOKEN },
  { attack: "HS256 signed with an empty secret", authorization: bearer(() => hmacToken(goodClaims(), "")), message: INVALID_TOKEN },

  // 3. HS/RS confusion: the RSA public key is public, so a server that used it as an HMAC secret could be forged by anyone.
  { attack: "HS256 keyed with the IdP's public key as PEM text", authorization: bearer(() => hmacToken(goodClaims(), keys.idp.publicKeyPem)), message: INVALID_TOKEN },
  { attack: "HS256 keyed with the IdP's public key as trimmed PEM text", authorization: bearer(() => hmacToken(goodClaims(), keys.idp.publicKeyPem.trim())), message: INVALID_TOKEN },
  { attack: "HS256 keyed with the IdP's public key as JWK JSON", authorization: bearer(() => hmacToken(goodClaims(), JSON.stringify(keys.idp.publicJwk))), message: INVALID_TOKEN },
  {
    attack: "HS256 keyed with the IdP's public key as JWK JSON, with its kid",
    authorization: bearer(() => {
      const signingInput = `${base64url({ alg: "HS256", typ: "JWT", kid: KID })}.${base64url(goodClaims())}`;
      return `${signingInput}.${createHmac("sha256", JSON.stringify(keys.idp.publicJwk)).update(signingInput).digest("base64url")}`;
    }),
    message: INVALID_TOKEN,
  },

  // 4. An RSA key the server does not trust.
  { attack: "RS256 signed with another RSA key under the IdP's kid", authorization: bearer(() => rs256(goodClaims(), keys.attackerRsa.privateKey)), message: INVALID_TOKEN },
  { attack: "RS256 signed with another RSA key under an unknown kid", authorization: bearer(() => rs256(goodClaims(), keys.attackerRsa.privateKey, { kid: "attacker-key" })), message: INVALID_TOKEN },
  { attack: "RS256 signed with another RSA key and no kid", authorization: bearer(() => rs256(goodClaims(), keys.attackerRsa.privateKey, {})), message: INVALID_TOKEN },
  {
    // The server must take keys from its JWKS only, never from the token's own jwk or jku header.
    attack: "RS256 signed with another RSA key that the token embeds in its jwk and jku headers",
    authorization: bearer(() => rs256(goodClaims(), keys.attackerRsa.privateKey, { jwk: keys.attackerRsa.publicJwk, jku: "http://127.0.0.1:1/jwks.json" })),
    message: INVALID_TOKEN,
  },

  // 5. Outside its lifetime (the server allows 5 s of clock skew; these are a minute out).
  { attack: "expired a minute ago", authorization: bearer(() => hs256({ ...goodClaims(), iat: now() - 700, exp: now() - 60 })), message: INVALID_TOKEN },
  { attack: "RS256, expired a minute ago", authorization: bearer(() => rs256({ ...goodClaims(), iat: now() - 700, exp: now() - 60 })), message: INVALID_TOKEN },
  { attack: "not valid for another minute (nbf)", authorization: bearer(() => hs256({ ...goodClaims(), nbf: now() + 60 })), message: INVALID_TOKEN },
  { attack: "exp that is not a number", authorization: bearer(() => hs256({ ...goodClaims(), exp: "never" as unknown as number })), message: INVALID_TOKEN },

  // 5b. Valid for too long, or never expiring: a leaked token must stop working within the lifetime cap.
  { attack: "no exp", authorization: bearer(() => hs256(without(goodClaims(), "exp"))), message: INVALID_TOKEN },
  { attack: "RS256, no exp", authorization: bearer(() => rs256(without(goodClaims(), "exp"))), message: INVALID_TOKEN },
  { attack: "no exp and no iat", authorization: bearer(() => hs256(without(goodClaims(), "exp", "iat"))), message: INVALID_TOKEN },
  { attack: "exp a second beyond the lifetime cap after iat", authorization: bearer(() => hs256({ ...goodClaims(), iat: now(), exp: now() + MAX_LIFETIME + 1 })), message: INVALID_TOKEN },
  { attack: "RS256, exp a day beyond the lifetime cap", authorization: bearer(() => rs256({ ...goodClaims(), iat: now(), exp: now() + MAX_LIFETIME + 86_400 })), message: INVALID_TOKEN },
  {
    // Half its lifetime is gone and it has less than the cap left, but it was minted to live longer than the cap.
    attack: "issued half the cap ago, with exp beyond the cap after iat",
    authorization: bearer(() => hs256({ ...goodClaims(), iat: now() - MAX_LIFETIME / 2, exp: now() + MAX_LIFETIME / 2 + 60 })),
    message: INVALID_TOKEN,
  },
  { attack: "no iat, and exp a minute beyond the cap from now", authorization: bearer(() => hs256({ ...without(goodClaims(), "iat"), exp: now() + MAX_LIFETIME + 60 })), message: INVALID_TOKEN },
  {
    // A future iat would otherwise let exp - iat stay within the cap while exp lies far beyond it.
    attack: "iat a minute in the future",
    authorization: bearer(() => hs256({ ...goodClaims(), iat: now() + 60, exp: now() + 600 })),
    message: INVALID_TOKEN,
  },
  { attack: "RS256, iat a day in the future", authorization: bearer(() => rs256({ ...goodClaims(), iat: now() + 86_400, exp: now() + 86_400 + 600 })), message: INVALID_TOKEN },
  { attack: "iat that is not a number", authorization: bearer(() => hs256({ ...goodClaims(), iat: "now" as unknown as number })), message: INVALID_TOKEN },

  // 6. Issued by someone else, or for someone else.
  { attack: "wrong issuer", authorization: bearer(() => hs256({ ...goodClaims(), iss: "https://evil.test" })), message: INVALID_TOKEN },
  { attack: "missing issuer", authorization: bearer(() => hs256(without(goodClaims(), "iss"))), message: INVALID_TOKEN },
  { attack: "wrong audience", authorization: bearer(() => hs256({ ...goodClaims(), aud: "another-api" })), message: INVALID_TOKEN },
  { attack: "missing audience", authorization: bearer(() => hs256(without(goodClaims(), "aud"))), message: INVALID_TOKEN },
  { attack: "RS256 with the wrong audience", authorization: bearer(() => rs256({ ...goodClaims(), aud: "another-api" })), message: INVALID_TOKEN },

  // 7. Signed and in date, but not naming a user, or with role claims of the wrong shape.
  { attack: "missing sub", authorization: bearer(() => hs256(without(goodClaims(), "sub"))), message: INVALID_TOKEN },
  { attack: "roles a string, not an array", authorization: bearer(() => hs256({ ...goodClaims(), roles: "ADMIN" })), message: BAD_ROLE_CLAIMS },
  { attack: "roles an object, not an array", authorization: bearer(() => hs256({ ...goodClaims(), roles: { 0: "ADMIN", length: 1 } })), message: BAD_ROLE_CLAIMS },
  { attack: "authorities a string, not an array", authorization: bearer(() => hs256({ ...goodClaims(), authorities: "ROLE_ADMIN" })), message: BAD_ROLE_CLAIMS },

  // 8. Not a JWT, or not a bearer token.
  { attack: "two parts, not three", authorization: bearer(() => hs256().split(".").slice(0, 2).join(".")), message: INVALID_TOKEN },
  { attack: "four parts, not three", authorization: bearer(() => `${hs256()}.${base64url("extra")}`), message: INVALID_TOKEN },
  { attack: "a single word", authorization: () => "Bearer not-a-jwt", message: INVALID_TOKEN },
  { attack: "parts that are not base64url", authorization: () => "Bearer !!!.@@@.###", message: INVALID_TOKEN },
  { attack: "a header that is base64url but not JSON", authorization: bearer(() => `${base64url("not json")}.${hs256().split(".").slice(1).join(".")}`), message: INVALID_TOKEN },
  { attack: "a correctly signed payload that is a JSON array", authorization: bearer(() => hmacToken(["PROBATION"], SECRET)), message: INVALID_TOKEN },
  { attack: "a correctly signed payload that is a JSON string", authorization: bearer(() => hmacToken("prob-1", SECRET)), message: INVALID_TOKEN },
  { attack: "a correctly signed payload that is JSON null", authorization: bearer(() => hmacToken(null, SECRET)), message: INVALID_TOKEN },
  {
    // Large but under Node's 16 KB header limit, so it reaches the verifier.
    attack: "a 10 KB token with a forged signature",
    authorization: bearer(() => {
      const token = hmacToken({ ...goodClaims(), padding: "x".repeat(10 * 1024) }, "not-the-secret-but-just-as-long-as-the-real-one");
      expect(token.length).toBeGreaterThan(10 * 1024);
      return token;
    }),
    message: INVALID_TOKEN,
  },
  { attack: '"Bearer" with no token', authorization: () => "Bearer", message: NO_BEARER_TOKEN },
  { attack: '"Bearer " followed by spaces only', authorization: () => "Bearer    ", message: NO_BEARER_TOKEN },
  { attack: "a good token without the Bearer scheme", authorization: () => hs256(), message: NO_BEARER_TOKEN },
  { attack: "a good token broken by a space", authorization: () => `Bearer ${hs256().replace(".", ". ")}`, message: NO_BEARER_TOKEN },
  { attack: "Basic credentials", authorization: () => "Basic abc", message: NO_BEARER_TOKEN },
  { attack: "no Authorization header", authorization: () => undefined, message: NO_BEARER_TOKEN },

  // 9. Correctly signed, but with an algorithm no configured key is for.
  { attack: "HS512 signed with the right secret", authorization: bearer(() => hmacToken(goodClaims(), SECRET, "HS512")), message: INVALID_TOKEN },
  {
    attack: "RS512 signed with the IdP's own key and kid (the JWKS publishes it for RS256 only)",
    authorization: bearer(() => signedByIdpKeyAs("RS512")),
    message: INVALID_TOKEN,
  },
  {
    attack: "PS256 signed with the IdP's own key and kid",
    authorization: bearer(() => signedByIdpKeyAs("PS256")),
    message: INVALID_TOKEN,
  },
  {
    attack: "ES256 signed with an EC key under the IdP's kid",
    authorization: bearer(() => new SignJWT(goodClaims()).setProtectedHeader({ alg: "ES256", kid: KID }).sign(keys.attackerEc.privateKey)),
    message: INVALID_TOKEN,
  },
];

// ---- the tests ----------------------------------------------------------------------------------

describe("good tokens", () => {
  it("accepts an HS256 token signed with the configured secret", async () => {
    await expectAccepted(hs256());
  });

  it("accepts an RS256 token signed with the identity provider's key, fetching the key from its JWKS", async () => {
    await expectAccepted(await rs256());
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it("accepts a token that expired within the 5 s clock tolerance", async () => {
    // Shows the expiry cases below fail for being a minute out, not because exp itself is mishandled.
    await expectAccepted(hs256({ ...goodClaims(), exp: now() - 2 }));
  });

  it("accepts a token whose exp is exactly the lifetime cap after its iat", async () => {
    const iat = now();
    await expectAccepted(hs256({ ...goodClaims(), iat, exp: iat + MAX_LIFETIME }));
    await expectAccepted(await rs256({ ...goodClaims(), iat, exp: iat + MAX_LIFETIME }));
  });

  it("accepts a token without iat whose exp is exactly the lifetime cap from now", async () => {
    await expectAccepted(hs256({ ...without(goodClaims(), "iat"), exp: now() + MAX_LIFETIME }));
  });

  it("accepts a token issued within the 5 s clock tolerance in the future", async () => {
    // Shows the future-iat cases below fail for being a minute out, not because iat itself is mishandled.
    await expectAccepted(hs256({ ...goodClaims(), iat: now() + 2 }));
  });

  it("accepts the development token, which lives for the cap by default", async () => {
    const token = await server.token("dev-admin");
    const { iat, exp } = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as JWTPayload;
    expect(exp! - iat!).toBe(MAX_LIFETIME);
    await expectAccepted(token);
  });
});

describe("bad tokens", () => {
  // Named with %s rather than $attack, which vitest cuts short at 40 characters.
  const named = attacks.map((attack) => [attack.attack, attack] as const);
  it.each(named)("refuses %s with 401 UNAUTHENTICATED and no data", async (_name, { authorization, message }) => {
    await expectRefused(await authorization(), message);
  });

  it("gives every token that fails verification the same message, naming no check", async () => {
    const verificationFailures = attacks.filter((attack) => attack.message === INVALID_TOKEN);
    const messages = new Set<string>();
    for (const { authorization } of verificationFailures) {
      const { body } = await askProgrammes(await authorization());
      for (const error of body.errors ?? []) messages.add(error.message);
    }
    expect([...messages]).toEqual([INVALID_TOKEN]);
    expect(INVALID_TOKEN).not.toMatch(/signature|alg|kid|key|issuer|audience|sub\b|role|nbf|exp\b|claim/i);
  });
});

describe("tokens whose roles this API does not know", () => {
  // Unknown values are dropped, not refused (an identity provider names roles for many services): the
  // token is authenticated with the roles left, and with none left it is FORBIDDEN wherever a role is needed.
  it.each([
    ["an unknown role", () => ({ ...goodClaims(), roles: ["SUPERUSER"] })],
    ["a role in the wrong case", () => ({ ...goodClaims(), roles: ["admin"] })],
    ["roles missing", () => without(goodClaims(), "roles")],
    ["roles an empty array", () => ({ ...goodClaims(), roles: [] })],
    ["authorities naming other services' roles", () => ({ ...without(goodClaims(), "roles"), authorities: ["ROLE_SUPERUSER", "ROLE_LICENCE_CA"] })],
  ])("authenticates %s with no role: FORBIDDEN where a role is needed", async (_name, claims) => {
    const token = hs256(claims());
    await expectAccepted(token);
    const { status, body } = await ask(REFERRALS, `Bearer ${token}`);
    expect(status).toBe(200);
    expect(body.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
  });

  it("keeps the known role beside an unknown one", async () => {
    const { body } = await ask(REFERRALS, `Bearer ${hs256({ ...goodClaims(), roles: ["PROBATION", "SUPERUSER"] })}`);
    expect(body.errors).toBeUndefined();
  });
});

describe("after every attack", () => {
  it("still accepts good HS256 and RS256 tokens", async () => {
    await expectAccepted(hs256());
    await expectAccepted(await rs256());
  });
});
