import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyOptions } from "jose";
import type { Config } from "../../config.js";
import { unauthenticated } from "../errors.js";
import { isRole, Role } from "./roles.js";
import { Viewer } from "./viewer.js";

const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Viewer>;

/**
 * Verifies bearer tokens with jose. Each key is used only with its own algorithm family: the HS256
 * secret never verifies an RS-signed token and JWKS keys never verify an HS-signed one, which closes
 * the HS/RS confusion attack; `alg: none` matches neither.
 */
export function createTokenVerifier(auth: Config["auth"]): TokenVerifier {
  // Imported once: given raw bytes, jose imports the key again for every token it checks.
  const secret = auth.secret
    ? crypto.subtle.importKey("raw", new TextEncoder().encode(auth.secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"])
    : null;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : null;
  const claims: JWTVerifyOptions = {
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
    requiredClaims: ["sub"],
    clockTolerance: 5,
  };

  return async (authorizationHeader) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorizationHeader?.trim() ?? "")?.[1];
    if (!token) throw unauthenticated("Send a bearer token: Authorization: Bearer <JWT>");

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
    } catch {
      // The reason stays on the server side: telling a caller which check failed helps an attacker.
      throw unauthenticated("The bearer token is invalid or expired");
    }
    return viewerFromClaims(payload);
  };
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const roles = payload["roles"];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw unauthenticated("The token's roles claim must list known roles");
  }
  const name = typeof payload["name"] === "string" ? payload["name"] : null;
  const org = typeof payload["org"] === "string" ? payload["org"] : null;
  return new Viewer(payload.sub!, name, roles as Role[], org);
}

export interface TokenRequest {
  sub: string;
  roles: Role[];
  name?: string;
  org?: string;
  expiresIn?: string;
}

/** Signs a development token with the configured HS256 secret (the `token` script and tests). */
export async function signDevToken(auth: Config["auth"], request: TokenRequest): Promise<string> {
  if (!auth.secret) throw new Error("No JWT_SECRET configured: tokens come from the identity provider");
  let jwt = new SignJWT({ roles: request.roles, name: request.name, org: request.org })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.sub)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? "12h");
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(auth.secret));
}
