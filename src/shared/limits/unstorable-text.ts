import { Kind, visit, type DocumentNode } from "graphql";

/**
 * NUL, and half of a UTF-16 surrogate pair: text PostgreSQL cannot store (SQLSTATE 22021), and
 * which the embedded database's driver miscounts. Refused up front rather than failing in SQL.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Apollo hands over the same DocumentNode for a repeated operation: its literals are walked once. */
const literalsChecked = new WeakMap<DocumentNode, boolean>();

/** Whether any string in the operation's literals or variables is one the database cannot store. */
export function hasUnstorableText(document: DocumentNode, variables: unknown): boolean {
  let inLiterals = literalsChecked.get(document);
  if (inLiterals === undefined) {
    inLiterals = false;
    visit(document, {
      [Kind.STRING](node) {
        if (UNSTORABLE.test(node.value)) inLiterals = true;
      },
    });
    literalsChecked.set(document, inLiterals);
  }
  return inLiterals || inValue(variables, 0);
}

function inValue(value: unknown, depth: number): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  // Deeper than any input this API takes; the variable coercion refuses such shapes anyway.
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => inValue(item, depth + 1));
  return Object.entries(value).some(([key, item]) => UNSTORABLE.test(key) || inValue(item, depth + 1));
}
