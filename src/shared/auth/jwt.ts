import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyOptions } from "jose";
import type { Config } from "../../config.js";
import { unauthenticated } from "../errors.js";
import { rolesFromClaims, type RoleMapping } from "./role-claims.js";
import type { Role } from "./roles.js";
import { CLOCK_TOLERANCE_SECONDS, describeMinutes, withinLifetimeCap } from "./token-lifetime.js";
import { VerifiedTokens } from "./verified-tokens.js";
import { Viewer } from "./viewer.js";

const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Viewer>;

/** Told once per verified token when some of its role values were dropped: the subject and counts only, never names. */
export type IgnoredRolesListener = (event: { sub: string; ignored: number; kept: number }) => void;

/**
 * Verifies bearer tokens with jose. Each key is used only with its own algorithm family: the HS256
 * secret never verifies an RS-signed token and JWKS keys never verify an HS-signed one, which closes
 * the HS/RS confusion attack; `alg: none` matches neither.
 */
export function createTokenVerifier(auth: Config["auth"], onIgnoredRoles: IgnoredRolesListener = () => {}): TokenVerifier {
  const verified = new VerifiedTokens();
  // Imported once: given raw bytes, jose imports the key again for every token it checks.
  const secret = auth.secret
    ? crypto.subtle.importKey("raw", new TextEncoder().encode(auth.secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"])
    : null;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : null;
  const claims: JWTVerifyOptions = {
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
    // A token without exp would be valid for ever; the lifetime cap below needs it too.
    requiredClaims: ["sub", "exp"],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const maxLifetimeSeconds = auth.maxLifetimeMinutes * 60;

  return async (authorizationHeader) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorizationHeader?.trim() ?? "")?.[1];
    if (!token) throw unauthenticated("Send a bearer token: Authorization: Bearer <JWT>");
    const known = verified.get(token);
    if (known) return known;

    let payload: JWTPayload;
    try {
      const alg = decodeProtectedHeader(token).alg;
      if (alg === "HS256" && secret) {
        ({ payload } = await jwtVerify(token, await secret, { ...claims, algorithms: ["HS256"] }));
      } else if (alg && ASYMMETRIC_ALGORITHMS.includes(alg) && jwks) {
        ({ payload } = await jwtVerify(token, jwks, { ...claims, algorithms: ASYMMETRIC_ALGORITHMS }));
      } else {
        throw new Error(`unaccepted algorithm ${alg}`);
      }
      if (!withinLifetimeCap(payload, Math.floor(Date.now() / 1000), maxLifetimeSeconds)) throw new Error("lifetime beyond the cap");
    } catch {
      // The reason stays on the server side: telling a caller which check failed helps an attacker.
      throw unauthenticated("The bearer token is invalid or expired");
    }
    const viewer = viewerFromClaims(payload, auth.roleMapping, onIgnoredRoles);
    verified.remember(token, viewer);
    return viewer;
  };
}

function viewerFromClaims(payload: JWTPayload, mapping: RoleMapping | null, onIgnoredRoles: IgnoredRolesListener): Viewer {
  const claimed = rolesFromClaims(payload, mapping);
  if (!claimed) throw unauthenticated("The token's roles and authorities claims must be lists of strings");
  if (claimed.ignored > 0) onIgnoredRoles({ sub: payload.sub!, ignored: claimed.ignored, kept: claimed.roles.length });
  const name = typeof payload["name"] === "string" ? payload["name"] : null;
  const org = typeof payload["org"] === "string" ? payload["org"] : null;
  return new Viewer(payload.sub!, name, claimed.roles, org, typeof payload.exp === "number" ? new Date(payload.exp * 1000) : null);
}

export interface TokenRequest {
  sub: string;
  roles: Role[];
  name?: string;
  org?: string;
  /** Seconds from now; the longest the server accepts (JWT_MAX_LIFETIME_MINUTES) when left out. */
  lifetimeSeconds?: number;
}

/** Signs a development token with the configured HS256 secret (the `token` script and tests). */
export async function signDevToken(auth: Config["auth"], request: TokenRequest): Promise<string> {
  if (!auth.secret) throw new Error("No JWT_SECRET configured: tokens come from the identity provider");
  const lifetimeSeconds = request.lifetimeSeconds ?? auth.maxLifetimeMinutes * 60;
  if (lifetimeSeconds > auth.maxLifetimeMinutes * 60) {
    throw new RangeError(`A token may live at most ${describeMinutes(auth.maxLifetimeMinutes)} (JWT_MAX_LIFETIME_MINUTES)`);
  }
  // One clock reading for both claims: two could straddle a second and make exp - iat one over the cap.
  const issuedAt = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT({ roles: request.roles, name: request.name, org: request.org })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds);
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(auth.secret));
}
