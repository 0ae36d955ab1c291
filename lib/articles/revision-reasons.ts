// Why a revision was written. The history list shows it (with the revision's
// detail text); autosaves of one author within a minute are coalesced.

/** Reasons an editor's save may give (POST /api/articles/:id/save). */
export const saveReasons = [
  "autosave",
  "save",
  "repair.accept",
  "repair.reject",
  "suggestion.accept",
  "suggestion.dismiss",
  "conflict.resolve",
] as const;
export type SaveReason = (typeof saveReasons)[number];

/** Reasons written by the server itself. */
export const serverReasons = [
  "import",
  "restore",
  "split",
  "split.undo",
  "merge",
  "merge.undo",
  "find-replace",
  "find-replace.undo",
  "reimport",
] as const;

export type RevisionReason = SaveReason | (typeof serverReasons)[number];

/** Autosaves by one author closer than this are coalesced into the later one. */
export const COALESCE_MS = 60_000;
