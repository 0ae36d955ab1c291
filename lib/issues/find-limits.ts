// The bounds of find & replace across an issue (issue 14 item 1), shared by
// the server and the find panel (no server imports).

/** Matches in one find answer; the rest come with `after: next`. */
export const FIND_PAGE_SIZE = 200;
/** The total is counted up to this many matches, then reported as "10,000+". */
export const FIND_COUNT_CAP = 10_000;
/** Counting stops after this much work (ms) and reports what it has, as capped. */
export const FIND_COUNT_BUDGET_MS = 250;
/** Matches one replace run takes: five pages of find (the panel loads no more before replacing). */
export const REPLACE_MAX_MATCHES = 1_000;
