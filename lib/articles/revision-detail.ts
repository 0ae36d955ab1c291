// The detail a revision stores is written by the server in a fixed English
// form ("revision 1", "PUNCTUATION × 3"); the history list shows it in the
// reader's language (issue 13 item 9). Free text (a headline, a find-replace
// query) is shown as stored. Client-safe.

const REPAIR_KINDS = [
  "COLUMN_BREAK",
  "PUNCTUATION",
  "HYPHENATION",
  "WHITESPACE",
] as const;

/** A detail to translate (a message key under editor.history.detail, with values) or to show as it is. */
export type RevisionDetail =
  | { key: "restoredFrom"; values: { version: number } }
  | {
      key: "repairsOfKind";
      kind: (typeof REPAIR_KINDS)[number];
      values: { count: number };
    }
  | { key: "repairsSelected"; values: { count: number } }
  | { text: string };

/**
 * Reads a stored detail by the reason that wrote it: "restore" with
 * "revision N" (lib/articles/restore-revision.ts), "repair.accept"/"repair.reject"
 * with "<KIND|selected> × N" (lib/articles/review-repairs.ts). Anything else,
 * or a detail not in those forms, is `{ text }` unchanged.
 */
export function readRevisionDetail(
  reason: string,
  detail: string,
): RevisionDetail {
  if (reason === "restore") {
    const m = /^revision (\d+)$/.exec(detail);
    if (m) return { key: "restoredFrom", values: { version: Number(m[1]) } };
  }
  if (reason === "repair.accept" || reason === "repair.reject") {
    const m = /^(\w+) × (\d+)$/.exec(detail);
    if (m) {
      const count = Number(m[2]);
      if (m[1] === "selected")
        return { key: "repairsSelected", values: { count } };
      const kind = REPAIR_KINDS.find((k) => k === m[1]);
      if (kind) return { key: "repairsOfKind", kind, values: { count } };
    }
  }
  return { text: detail };
}
