import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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
  readmeTwinsFile,
  TWINS_FILE,
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

/**
 * A write answers from what it wrote (the rule test/write-answers.test.ts holds the other shipped
 * mutations to, with the same patterns): nothing is read after a mutation's last write, except the
 * consultation log and alert delivery.
 */
const WRITE = /^\s*(insert|update|delete)\b|^\s*select pg_notify\(/i;
const NOT_THE_ANSWER = [/^\s*insert into "audit_events"/i, /^\s*select .* from "safety_alerts" where "safety_alerts"\."id" in /is];
function readsAfterLastWrite(): string[] {
  const texts = server.database.statements.recorded.map((statement) => statement.text).filter((text) => !NOT_THE_ANSWER.some((pattern) => pattern.test(text)));
  const lastWrite = texts.findLastIndex((text) => WRITE.test(text));
  return lastWrite < 0 ? [] : texts.slice(lastWrite + 1).map((text) => text.replace(/\s+/g, " ").slice(0, 120));
}

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
    // README_TWINS_WRITE=1 rewrites the twins from the README (then `npm run codegen`).
    if (differences.length && process.env.README_TWINS_WRITE) writeFileSync(new URL(`../client/operations/${TWINS_FILE}`, import.meta.url), readmeTwinsFile(blocks));
    expect(differences, "README_TWINS_WRITE=1 npx vitest run test/readme-examples.test.ts -t twin, then npm run codegen").toEqual([]);
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
        server.database.statements.reset();
        server.database.statements.recording = true;
        const result = await server
          .request(operationWithFragments(operation, fragments), variablesFor(operation, block.variables), token, { purpose: runAs.purpose })
          .finally(() => (server.database.statements.recording = false));
        const readAfterWrite = operation.operation === "mutation" ? readsAfterLastWrite() : [];
        const userErrors = userErrorsIn(result.data).filter((found) => found.errors.length > 0);
        if (runAs.error) {
          expect((result.errors?.length ?? 0) + userErrors.length, `${name} is an error example`).toBeGreaterThan(0);
          return;
        }
        expect(result.errors ?? [], `${name}: errors`).toEqual([]);
        expect(userErrors, `${name}: userErrors`).toEqual([]);
        expect(readAfterWrite, `${name}: statements after its last write`).toEqual([]);
        if (operation.operation === "query" && !runAs.mayBeEmpty) expect(emptinessIn(result.data as Record<string, unknown>), `${name}: data`).toEqual([]);
      }, 30_000);
    }
  }
});

describe("the README's typed-client example", () => {
  const snippet = /```ts\n(import \{ print \} from "graphql";[\s\S]*?)```/.exec(README)?.[1];
  const root = fileURLToPath(new URL("..", import.meta.url));

  it("type-checks and runs as written against the demo server, printing the caseload", async () => {
    expect(snippet, "a ```ts block importing print from graphql").toBeDefined();
    // In the repository root, as the README says, so `./client/generated/graphql.js` resolves as written.
    const file = `${root}readme-typed-client-${process.pid}.snippet.ts`;
    const source = `declare const token: string;\n${snippet!}`;
    writeFileSync(file, source);
    const printed: unknown[][] = [];
    const log = console.log;
    try {
      execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", file], { cwd: root, stdio: "pipe" });
      const token = await server.token("PROBATION" as Role, "prob-1", { org: "West Yorkshire Probation Service - Leeds" });
      writeFileSync(file, `const token = ${JSON.stringify(token)};\n${snippet!.replace("http://localhost:4000/graphql", server.url)}`);
      console.log = (...args: unknown[]) => void printed.push(args);
      await import(/* @vite-ignore */ `${file}?run=${Date.now()}`);
    } catch (error) {
      const output = (error as { stdout?: Buffer }).stdout?.toString();
      throw output ? new Error(`tsc: ${output}`) : error;
    } finally {
      console.log = log;
      rmSync(file, { force: true });
    }
    expect(printed.length).toBe(5);
    for (const line of printed) expect(String(line[0])).toMatch(/^[A-Z]\d{6}$/);
  }, 120_000);
});
