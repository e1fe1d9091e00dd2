import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { signDevToken } from "../shared/auth/jwt.js";
import { isRole, type Role } from "../shared/auth/roles.js";

/** npm run token -- --role FACILITATOR --sub fac-1 [--role ADMIN] [--name "A Person"] [--org "Provider"] [--expires 2h] */
const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true },
    sub: { type: "string" },
    name: { type: "string" },
    org: { type: "string" },
    expires: { type: "string", default: "12h" },
  },
});

const roles = (values.role ?? ["ADMIN"]).flatMap((r) => r.split(",")).map((r) => r.trim().toUpperCase());
const unknown = roles.filter((r) => !isRole(r));
if (unknown.length) {
  process.stderr.write(`Unknown role(s): ${unknown.join(", ")}\n`);
  process.exit(2);
}
const config = loadConfig();
if (config.env === "production") {
  process.stderr.write("Refusing to mint tokens in production: use the identity provider\n");
  process.exit(2);
}
const token = await signDevToken(config.auth, {
  sub: values.sub ?? `dev-${roles[0]!.toLowerCase()}`,
  roles: roles as Role[],
  name: values.name,
  org: values.org,
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
