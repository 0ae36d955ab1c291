// A repair is stored as two quotes with a little shared context
// ("资集聚地,外资经济" → "资集聚地，外资经济"). This splits such a pair into
// the context and the changed core, and finds where the core stands in a
// text now, also when an editor (or another repair) has since changed part
// of the context.

/** original = before + removed + after; replacement = before + inserted + after. */
export interface QuotedChange {
  before: string;
  removed: string;
  inserted: string;
  after: string;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Splits the quotes at their longest common prefix and suffix, on whole characters. */
export function splitQuotedChange(
  original: string,
  replacement: string,
): QuotedChange {
  const max = Math.min(original.length, replacement.length);
  let start = 0;
  while (
    start < max &&
    original.charCodeAt(start) === replacement.charCodeAt(start)
  )
    start++;
  if (start > 0 && isHigh(original.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    original.charCodeAt(original.length - 1 - end) ===
      replacement.charCodeAt(replacement.length - 1 - end)
  )
    end++;
  if (end > 0 && isLow(original.charCodeAt(original.length - end))) end--;
  return {
    before: original.slice(0, start),
    removed: original.slice(start, original.length - end),
    inserted: replacement.slice(start, replacement.length - end),
    after: original.slice(original.length - end),
  };
}

/** Where the inserted core stands in a text: UTF-16 offset, and how much of the quoted context still surrounds it. */
export interface CoreMatch {
  offset: number;
  /** Both sides of the context are still there, unchanged. */
  whole: boolean;
  /** Characters of context that still match next to the core. */
  context: number;
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
    out.push(i);
  return out;
}

/** Length of the longest suffix of `quote` that ends at `end` in `text`. */
function matchingBefore(text: string, end: number, quote: string): number {
  let n = 0;
  while (
    n < quote.length &&
    end - n > 0 &&
    text.charCodeAt(end - n - 1) === quote.charCodeAt(quote.length - n - 1)
  )
    n++;
  return n;
}

/** Length of the longest prefix of `quote` that starts at `start` in `text`. */
function matchingAfter(text: string, start: number, quote: string): number {
  let n = 0;
  while (
    n < quote.length &&
    start + n < text.length &&
    text.charCodeAt(start + n) === quote.charCodeAt(n)
  )
    n++;
  return n;
}

/** Places where the core stands with all of its quoted context. */
export function findWhole(text: string, q: QuotedChange): CoreMatch[] {
  const context = q.before.length + q.after.length;
  return allIndexes(text, q.before + q.inserted + q.after).map((i) => ({
    offset: i + q.before.length,
    whole: true,
    context,
  }));
}

/**
 * Places where the core stands with one whole side of its context while the
 * other side was edited. The side must be at least two characters long, three
 * around an empty core (a rejoin, a removed space): shorter ones recur too
 * often in a paragraph to name a place (惟创新者进，惟创新者强，惟创).
 */
export function findOneSided(text: string, q: QuotedChange): CoreMatch[] {
  const min = q.inserted === "" ? 3 : 2;
  const found = new Map<number, CoreMatch>();
  if (q.before.length >= min) {
    for (const i of allIndexes(text, q.before + q.inserted)) {
      const offset = i + q.before.length;
      found.set(offset, {
        offset,
        whole: false,
        context:
          q.before.length +
          matchingAfter(text, offset + q.inserted.length, q.after),
      });
    }
  }
  if (q.after.length >= min) {
    for (const i of allIndexes(text, q.inserted + q.after)) {
      const context = q.after.length + matchingBefore(text, i, q.before);
      if ((found.get(i)?.context ?? -1) < context)
        found.set(i, { offset: i, whole: false, context });
    }
  }
  return [...found.values()].sort((a, b) => a.offset - b.offset);
}
