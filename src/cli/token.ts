import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { signDevToken } from "../shared/auth/jwt.js";
import { ALL_ROLES, isRole, type Role } from "../shared/auth/roles.js";
import { describeMinutes, parseLifetime } from "../shared/auth/token-lifetime.js";

const USAGE = `Mints a development token (never in production; use the identity provider there).

Usage: npm run token -- [--role ROLE]... [--sub SUBJECT] [--name "A Person"] [--org ORGANISATION] [--expires DURATION]

  --role     one of ${ALL_ROLES.join(", ")}; repeat it or separate with commas (default ADMIN)
  --sub      the token's subject (default dev-<first role, lower case>)
  --name     the person's name, shown in audit entries
  --org      the organisation (a probation practitioner's case allocations name it)
  --expires  90s, 30m, 2h, 1d or a number of minutes (default the longest the server accepts,
             JWT_MAX_LIFETIME_MINUTES, 12 h unless set)
  --help     this text

Example: npm run token -- --role FACILITATOR --sub fac-1
`;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        role: { type: "string", multiple: true },
        sub: { type: "string" },
        name: { type: "string" },
        org: { type: "string" },
        expires: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    // An unknown or malformed option: say which, then how to call it, without a stack trace.
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const values = parseOptions();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const roles = (values.role ?? ["ADMIN"]).flatMap((r) => r.split(",")).map((r) => r.trim().toUpperCase());
const unknown = roles.filter((r) => !isRole(r));
if (unknown.length) {
  process.stderr.write(`Unknown role(s): ${unknown.join(", ")}\n`);
  process.exit(2);
}
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // The message names the variable to set; a stack trace would only bury it.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
if (config.env === "production") {
  process.stderr.write("Refusing to mint tokens in production: use the identity provider\n");
  process.exit(2);
}
const maxSeconds = config.auth.maxLifetimeMinutes * 60;
const lifetimeSeconds = values.expires === undefined ? maxSeconds : parseLifetime(values.expires);
if (lifetimeSeconds === null) {
  process.stderr.write(`--expires "${values.expires}" is not a duration: use e.g. 90s, 30m, 2h or 1d\n`);
  process.exit(2);
}
if (lifetimeSeconds > maxSeconds) {
  // Checked here for a clear message: the server would refuse such a token with a bare 401.
  process.stderr.write(
    `--expires ${values.expires} is longer than the server accepts: JWT_MAX_LIFETIME_MINUTES is ${config.auth.maxLifetimeMinutes} (${describeMinutes(config.auth.maxLifetimeMinutes)}). ` +
      "Ask for less, or raise JWT_MAX_LIFETIME_MINUTES for both the server and this command.\n",
  );
  process.exit(2);
}
const token = await signDevToken(config.auth, {
  sub: values.sub ?? `dev-${roles[0]!.toLowerCase()}`,
  roles: roles as Role[],
  name: values.name,
  org: values.org,
  lifetimeSeconds,
});
process.stdout.write(`${token}\n`);
