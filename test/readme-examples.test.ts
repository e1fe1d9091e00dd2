import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validate } from "graphql";
import { buildAppSchema } from "../src/schema.js";
import { seedDemoData } from "../src/seed/demo.js";
import type { Role } from "../src/shared/auth/roles.js";
import { startTestServer, type TestServer } from "./support/server.js";
import {
  README_PATH,
  emptinessIn,
  fragmentsOf,
  operationWithFragments,
  operationsOf,
  readmeBlocks,
  shippedOperations,
  userErrorsIn,
  variablesFor,
} from "./support/readme-blocks.js";

/**
 * Every README example runs as written against the demo data: a freshly seeded demo server (the clock
 * at the README day), every ```graphql block in README order, as the role its marker names, with its
 * ```json variables, answering without errors or userErrors (reads with data). Mutations run in README
 * order, so an example may build on the ones before it, as a reader following the README would.
 * The convention is in the README's Development section.
 */
const README_DAY = "2026-12-03T10:00:00Z";
const README = readFileSync(README_PATH, "utf8");
const blocks = readmeBlocks(README);

let server: TestServer;
let seeded = false;

beforeAll(async () => {
  server = await startTestServer({ now: README_DAY });
  await seedDemoData(server.database, { now: new Date(README_DAY) });
  seeded = true;
}, 180_000);
afterAll(async () => {
  await server?.close();
});

describe("the README's GraphQL examples", () => {
  it("are there, each with a role marker, no elided ids and named operations", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    for (const block of blocks) {
      const where = `block ${block.index} (README line ${block.line})`;
      expect(block.runAs, `${where}: a <!-- example as ROLE SUBJECT --> line before it`).not.toBeNull();
      expect(`${block.text}\n${JSON.stringify(block.variables)}`, `${where}: nothing elided`).not.toMatch(/…|\.\.\.(?![A-Za-z_ ]|\s*on\s)|<[A-Z][A-Za-z ]* id>/);
      for (const operation of operationsOf(block.document)) expect(operation.name, `${where}: every operation named`).toBeDefined();
    }
  });

  it("name each operation once", () => {
    const names = blocks.flatMap((block) => operationsOf(block.document).map((operation) => operation.name?.value));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(blocks)("block $index (README line $line) validates against the schema", async ({ document }) => {
    const schema = await buildAppSchema();
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it("each match their shipped twin in client/operations, and the operations the README names there are shipped", () => {
    const shipped = shippedOperations();
    const differences: string[] = [];
    for (const block of blocks) {
      const fragments = fragmentsOf([block.document]);
      for (const operation of operationsOf(block.document)) {
        const name = operation.name!.value;
        const twin = shipped.get(name);
        const own = operationWithFragments(operation, fragments);
        if (twin === undefined) differences.push(`${name}: not in client/operations`);
        else if (twin !== own) differences.push(`${name} differs:\n--- README\n${own}\n--- client/operations\n${twin}`);
      }
    }
    for (const match of README.matchAll(/`([A-Z]\w+)`(?: in `client\/operations\/[\w-]+\.graphql`)/g)) {
      if (!shipped.has(match[1]!)) differences.push(`${match[1]}: named by the README, not in client/operations`);
    }
    expect(differences).toEqual([]);
  });
});

describe("the README's GraphQL examples run as written against the demo data, in README order", () => {
  for (const block of blocks) {
    for (const operation of operationsOf(block.document)) {
      const name = operation.name?.value ?? "(anonymous)";
      it(`block ${block.index} (README line ${block.line}): ${name}`, async () => {
        expect(seeded).toBe(true);
        const runAs = block.runAs!;
        const token = await server.token(runAs.role as Role, runAs.sub, runAs.org ? { org: runAs.org } : undefined);
        const fragments = fragmentsOf([block.document]);
        const result = await server.request(operationWithFragments(operation, fragments), variablesFor(operation, block.variables), token, {
          purpose: runAs.purpose,
        });
        const userErrors = userErrorsIn(result.data).filter((found) => found.errors.length > 0);
        if (runAs.error) {
          expect((result.errors?.length ?? 0) + userErrors.length, `${name} is an error example`).toBeGreaterThan(0);
          return;
        }
        expect(result.errors ?? [], `${name}: errors`).toEqual([]);
        expect(userErrors, `${name}: userErrors`).toEqual([]);
        if (operation.operation === "query" && !runAs.mayBeEmpty) expect(emptinessIn(result.data as Record<string, unknown>), `${name}: data`).toEqual([]);
      }, 30_000);
    }
  }
});
