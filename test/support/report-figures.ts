import { expect } from "vitest";
import type { Executor } from "../../src/db/client.js";
import { perpetrators } from "../../src/modules/perpetrators/index.js";
import { Role } from "../../src/shared/auth/roles.js";
import type { TestServer } from "./server.js";

/** A published count or measure as the API answers it. */
export interface Cell {
  value: number | null;
  suppression: string | null;
}
export interface Category {
  key: string;
  count: Cell;
}

export const shown = (value: number | null) => ({ value, suppression: null });
export const SMALL = { value: null, suppression: "SMALL_COUNT" } as const;
export const SECONDARY = { value: null, suppression: "SECONDARY" } as const;
export const DERIVED = { value: null, suppression: "DERIVED_FROM_WITHHELD" } as const;

let people = 0;
/** A person row written straight to the table: reports read rows, not the API that writes them. */
export async function insertPerson(db: Executor): Promise<string> {
  people += 1;
  const [row] = await db
    .insert(perpetrators)
    .values({ givenName: "Report", familyName: `Person${people}`, dateOfBirth: "1985-05-05", sex: "MALE", createdBy: "report-test" })
    .returning({ id: perpetrators.id });
  return row!.id;
}

/**
 * No withheld count can be worked out from a shown total: for each total (a figure beside the
 * categories or parts adding up to it) that is shown, its withheld parts are none or at least two;
 * a total withheld beside parts all shown would be given away by them.
 */
export function expectNothingRecoverable(sums: { total: Cell; parts: Cell[]; name: string }[]) {
  for (const { total, parts, name } of sums) {
    const withheld = parts.filter((part) => part.value === null).length;
    if (total.value !== null) expect(withheld === 0 || withheld >= 2, `${name}: one withheld part beside a shown total`).toBe(true);
    if (total.value === null && withheld === 0) expect(parts.every((part) => part.value === 0), `${name}: a withheld total beside parts all shown`).toBe(true);
    if (total.value !== null && withheld >= 2) {
      // Withheld parts in the primary range only, adding up to a number one split of 1–4s explains, give themselves away.
      const rest = total.value - parts.reduce((sum, part) => sum + (part.value ?? 0), 0);
      const small = parts.filter((part) => part.suppression === "SMALL_COUNT").length;
      if (small === withheld) expect(rest !== small && rest !== 4 * small, `${name}: withheld parts summing to ${rest} are pinned`).toBe(true);
    }
  }
}

/** Every role but ANALYST and ADMIN is refused the query (FORBIDDEN), and nobody signed out (UNAUTHENTICATED). */
export async function expectOnlyReportReaders(server: TestServer, send: (token: string | null) => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] | undefined; data?: unknown }>) {
  for (const role of Object.values(Role).filter((r) => r !== Role.ANALYST && r !== Role.ADMIN)) {
    const answer = await send(await server.token(role, `report-${role}`));
    expect(answer.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
  }
  expect((await send(null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
}

/** The CSV path answers as the GraphQL field does, and refuses as the programme performance path does. */
export async function expectCsvPath(server: TestServer, path: string, query: string, analyst: string, csv: string, fileName: string) {
  const get = (search: string, token: string | null) => fetch(new URL(`${path}?${search}`, server.url).toString(), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const response = await get(query, analyst);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
  expect(await response.text()).toBe(csv);
  expect((await get(query, null)).status).toBe(401);
  for (const role of Object.values(Role).filter((r) => r !== Role.ANALYST && r !== Role.ADMIN)) expect((await get(query, await server.token(role, `csv-${role}`))).status, role).toBe(403);
  for (const [search, field] of [
    ["from=2026-02-30", "from"],
    ["from=2026-04-01&to=2026-03-01", "from"],
    ["programme=BBR", "programme"],
  ] as const) {
    const refused = await get(search, analyst);
    expect(refused.status, search).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT", field } }] });
  }
}

/** The CSV's shape: one header row, then rows of six cells with ISO dates; withheld values are `[c]` with their reason. */
export function expectCsvShape(csv: string, period: { from: string; to: string }) {
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("from,to,figure,category,value,suppression");
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    expect(cells, line).toHaveLength(6);
    expect(cells.slice(0, 2)).toEqual([period.from, period.to]);
    if (cells[4] === "[c]") expect(cells[5]).toMatch(/^(SMALL_COUNT|SECONDARY|DERIVED_FROM_WITHHELD)$/);
    else expect(cells[5]).toBe("");
  }
  return lines.slice(1).map((line) => line.split(","));
}
