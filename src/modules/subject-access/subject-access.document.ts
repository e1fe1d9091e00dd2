import type { SubjectAccessContent } from "./subject-access.content.js";

/**
 * The same content as a readable HTML document, for the person and for the disclosure team: every
 * field the JSON has, under headings, as definition lists. Generated from the content itself, so the
 * two cannot say different things; no template engine, no new dependency.
 */
export function subjectAccessDocument(content: SubjectAccessContent, generatedAt: Date): string {
  const { period, person, ...sections } = content;
  const range = period.fromDate || period.toDate ? `Records from ${period.fromDate ?? "the first held"} to ${period.toDate ?? "today"}` : "All records held";
  const body = [
    `<h1>Subject access export</h1>`,
    `<p>${escape(range)}. Generated ${escape(generatedAt.toISOString())}. Data about other people (anyone an order protects, children's details, other participants) is not included.</p>`,
    `<h2>Person</h2>`,
    render(person),
    ...Object.entries(sections).map(([name, value]) => `<h2>${escape(label(name))}</h2>${Array.isArray(value) && value.length === 0 ? "<p>None held.</p>" : render(value)}`),
  ].join("\n");
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>Subject access export</title>`,
    "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}dt{font-weight:bold}dd{margin:0 0 .5em 1.5em}li{margin-bottom:1em}</style>",
    `</head><body>${body}</body></html>`,
  ].join("\n");
}

function render(value: unknown): string {
  if (value === null || value === undefined) return "<em>not recorded</em>";
  if (Array.isArray(value)) {
    if (value.length === 0) return "<em>none</em>";
    return `<ol>${value.map((item) => `<li>${render(item)}</li>`).join("")}</ol>`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "<em>none</em>";
    return `<dl>${entries.map(([key, item]) => `<dt>${escape(label(key))}</dt><dd>${render(item)}</dd>`).join("")}</dl>`;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return escape(String(value));
}

/** `referredAt` → "Referred at"; an enum value stays as it is. */
function label(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
