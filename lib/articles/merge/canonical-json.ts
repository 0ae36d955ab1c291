// Identity of stored values for the three-way merge: two values are the same
// when their canonical JSON is, whatever the key order the editor or the
// database gave them. Client-safe.
import type { ArticleBlockNode } from "../tiptap-schema";

/** JSON with object keys sorted and undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object")
    return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

type Inline = NonNullable<ArticleBlockNode["content"]>[number];

/**
 * What makes a block the same block: its type, meaningful attributes, text
 * and marks. Spellings of one document that the editor treats as equal are
 * one key: `textAlign: null` or no attrs, no content or `content: []`, one
 * text node or two neighbours with the same marks, marks in any order.
 */
export function blockKey(node: ArticleBlockNode): string {
  const attrs = Object.entries(
    (node as { attrs?: Record<string, unknown> }).attrs ?? {},
  ).filter(([, v]) => v !== null && v !== undefined);
  const runs: [string, string][] = [];
  for (const inline of (node.content ?? []) as Inline[]) {
    const marks =
      inline.type === "text"
        ? (inline.marks ?? [])
            .map((m) => m.type)
            .sort()
            .join("+")
        : "";
    const text = inline.type === "text" ? inline.text : "\n";
    const last = runs[runs.length - 1];
    // A hard break carries no marks of its own: it joins whatever run it sits in.
    if (last && (last[0] === marks || inline.type === "hardBreak"))
      last[1] += text;
    else runs.push([marks, text]);
  }
  return canonicalJson({
    type: node.type,
    attrs: Object.fromEntries(attrs),
    runs,
  });
}
