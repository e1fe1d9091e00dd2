import { readFileSync, readdirSync } from "node:fs";
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

/**
 * The README's ```graphql examples as the README test runs them (the convention is in the README's
 * Development section): the role marker before each block, its ```json variables after it.
 */
export const README_PATH = new URL("../../README.md", import.meta.url);
export const OPERATIONS_DIR = new URL("../../client/operations/", import.meta.url);

export interface RunAs {
  role: string;
  sub: string;
  org?: string;
  purpose?: string;
  /** A deliberate error example: it must answer with an error or userErrors. */
  error: boolean;
  /** A read whose pages may be empty. */
  mayBeEmpty: boolean;
}

export interface ReadmeBlock {
  index: number;
  line: number;
  text: string;
  document: DocumentNode;
  runAs: RunAs | null;
  variables: Record<string, unknown>;
}

const MARKER = /^<!--\s*example as (\w+) ([\w-]+)((?:\s+(?:\w+="[^"]*"|error|may-be-empty))*)\s*-->$/;

export function parseMarker(line: string): RunAs | null {
  const match = MARKER.exec(line.trim());
  if (!match) return null;
  const rest = match[3] ?? "";
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(rest)?.[1];
  const flags = rest.replace(/\w+="[^"]*"/g, "").split(/\s+/);
  return { role: match[1]!, sub: match[2]!, org: attribute("org"), purpose: attribute("purpose"), error: flags.includes("error"), mayBeEmpty: flags.includes("may-be-empty") };
}

export function readmeBlocks(readme = readFileSync(README_PATH, "utf8")): ReadmeBlock[] {
  const lines = readme.split("\n");
  const blocks: ReadmeBlock[] = [];
  let quoted = false; // inside a ```` fence, which shows markdown (the convention itself) rather than an example
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith("````")) quoted = !quoted;
    if (quoted || lines[i] !== "```graphql") continue;
    const start = i;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "```") end++;
    const text = lines.slice(start + 1, end).join("\n");
    let before = start - 1;
    while (before >= 0 && lines[before]!.trim() === "") before--;
    const runAs = before >= 0 ? parseMarker(lines[before]!) : null;
    let after = end + 1;
    while (after < lines.length && lines[after]!.trim() === "") after++;
    let variables: Record<string, unknown> = {};
    if (lines[after] === "```json") {
      let close = after + 1;
      while (close < lines.length && lines[close] !== "```") close++;
      variables = JSON.parse(lines.slice(after + 1, close).join("\n")) as Record<string, unknown>;
      end = close;
    }
    blocks.push({ index: blocks.length + 1, line: start + 1, text, document: parse(text), runAs, variables });
    i = end;
  }
  return blocks;
}

export function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/** One operation with the fragments it uses (transitively), printed in a stable order. */
export function operationWithFragments(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment && !used.has(name)) {
          used.set(name, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const sorted = [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
  return [operation, ...sorted].map((definition) => print(definition)).join("\n\n");
}

export function fragmentsOf(documents: readonly DocumentNode[]): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const document of documents) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  }
  return map;
}

/** The shipped client documents (codegen's input): each operation by name, with its fragments. */
export function shippedOperations(): Map<string, string> {
  const documents = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => parse(readFileSync(new URL(file, OPERATIONS_DIR), "utf8")));
  const fragments = fragmentsOf(documents);
  const shipped = new Map<string, string>();
  for (const document of documents) {
    for (const operation of operationsOf(document)) shipped.set(operation.name!.value, operationWithFragments(operation, fragments));
  }
  return shipped;
}

/** The variables an operation declares, taken from the block's JSON. */
export function variablesFor(operation: OperationDefinitionNode, all: Record<string, unknown>): Record<string, unknown> {
  const names = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
  return Object.fromEntries(names.filter((name) => name in all).map((name) => [name, all[name]]));
}

/** Every `userErrors` list in an answer, with its path. */
export function userErrorsIn(value: unknown, path = "data"): { path: string; errors: unknown[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => userErrorsIn(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "userErrors" && Array.isArray(item) ? [{ path: `${path}.${key}`, errors: item }] : userErrorsIn(item, `${path}.${key}`),
  );
}

/** Null root fields and empty root pages (`edges: []`): what a read that promises data must not answer. */
export function emptinessIn(data: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === null) found.push(`data.${key} is null`);
    else if (Array.isArray(value) && value.length === 0) found.push(`data.${key} is an empty list`);
    else if (typeof value === "object" && Array.isArray((value as { edges?: unknown }).edges) && (value as { edges: unknown[] }).edges.length === 0) {
      found.push(`data.${key}.edges is empty`);
    }
  }
  return found;
}

/** What client/operations/readme-examples.graphql should hold: every README operation, printed, in README order. */
export function readmeTwinsFile(blocks: readonly ReadmeBlock[]): string {
  const header = "# The README's worked examples, exactly as the README writes them (test/readme-examples.test.ts compares them).\n# Change both together; README.md is the source.\n\n";
  // An operation shipped in its feature's own file (e.g. subject-access.graphql) is its twin already;
  // writing it here too would give codegen two operations of one name.
  const elsewhere = operationNamesOutside(TWINS_FILE);
  const definitions = blocks.flatMap((block) => block.document.definitions.filter((definition) => !(definition.kind === "OperationDefinition" && definition.name && elsewhere.has(definition.name.value))));
  return `${header}${definitions.map((definition) => print(definition)).join("\n\n")}\n`;
}

/** The file the README's twins are written to. */
export const TWINS_FILE = "readme-examples.graphql";

function operationNamesOutside(file: string): Set<string> {
  const names = new Set<string>();
  for (const other of readdirSync(OPERATIONS_DIR).filter((name) => name.endsWith(".graphql") && name !== file)) {
    for (const operation of operationsOf(parse(readFileSync(new URL(other, OPERATIONS_DIR), "utf8")))) names.add(operation.name!.value);
  }
  return names;
}
