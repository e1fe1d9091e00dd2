import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TransitionReferralDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * The README's graphql-ws snippet runs as written: saved as a module of its own and run by Node with
 * only `token` defined and the URL pointed at this server, it hears the alert a drop-out raises.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const snippet = /```js\n(import \{ createClient \} from "graphql-ws";[\s\S]*?)```/.exec(README)?.[1];

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let child: ChildProcess | undefined;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
}, 120_000);
afterAll(async () => {
  child?.kill();
  await server.close();
});

/** A participant linked to a victim whose IDVA is `worker`, dropped out by the facilitator: one alert for the worker. */
async function raiseAlert(worker: string, facilitator: string): Promise<void> {
  const group = await fx.group("CHOICES", ["fac-snippet"]);
  const { person, referral } = await fx.participant("CHOICES", group.id);
  const { victim } = await vfx.linkedPair(person.id);
  await vfx.supportWorker(victim.id, worker);
  const data = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: referral.version } }, facilitator);
  expect(data.transitionReferral.userErrors).toEqual([]);
}

it("the README's graphql-ws snippet receives a safety alert", async () => {
  expect(snippet, "a ```js block importing createClient from graphql-ws").toBeDefined();
  const url = new URL(server.url);
  url.protocol = "ws:";
  const source = `const token = process.env.SNIPPET_TOKEN;\n${snippet!.replace("ws://localhost:4000/graphql", url.toString())}`;
  // Inside the repository, so the snippet's imports resolve to the project's own packages.
  const directory = join(ROOT, "node_modules", ".cache", "readme-snippets");
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `graphql-ws-${process.pid}.mjs`);
  writeFileSync(file, source);

  const worker = await server.token(Role.SUPPORT_WORKER, "idva-snippet", { name: "Worker", org: "Leeds Domestic Violence Service" });
  const facilitator = await server.token(Role.FACILITATOR, "fac-snippet");
  let output = "";
  child = spawn(process.execPath, [file], { env: { ...process.env, SNIPPET_TOKEN: worker }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  // The snippet says nothing when it has subscribed: raise alerts until one is heard (the first may come before).
  const deadline = Date.now() + 30_000;
  while (!output.includes("safetyAlertCreated") && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    if (!output.includes("safetyAlertCreated")) await raiseAlert("idva-snippet", facilitator);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  }
  expect(output).toContain("safetyAlertCreated");
  expect(output).toContain("DROPPED_OUT");
  expect(output).not.toMatch(/Error|error/);
}, 60_000);
