// A paper's learned pairs, compiled for finding their misreads in article
// text: one Aho–Corasick automaton (modern-ahocorasick) over every misread,
// so an article is scanned once whatever the number of pairs.
import AhoCorasick from "modern-ahocorasick";

import type { SuggestionDraft } from "../suggestions/suggestion";

/** A learned pair as the index needs it (a LearnedPair row). */
export interface LearnedPairEntry {
  id: string;
  misread: string;
  correction: string;
  acceptedCount: number;
  rejectedCount: number;
}

/** The corrections known for one misread, best first. */
interface Misread {
  misread: string;
  pairs: LearnedPairEntry[];
}

export interface LearnedPairIndex {
  /** Publication.learnedPairsRevision the index was built from. */
  revision: number;
  /** Pairs offered (not retired, accepted more often than rejected). */
  size: number;
  /** Drafts of 学到的更正 for each place a misread stands in `texts` (block texts). */
  find(texts: readonly string[]): SuggestionDraft[];
  /** The pairs behind a misread, to count a rejection against them. */
  pairsFor(misread: string): readonly LearnedPairEntry[];
}

/** Most corrections offered for one place. */
const MAX_REPLACEMENTS = 3;

/** Offered while accepted more often than rejected; best by that margin, then by acceptance. */
export const isOffered = (p: LearnedPairEntry) =>
  p.acceptedCount > p.rejectedCount;
const byMerit = (a: LearnedPairEntry, b: LearnedPairEntry) =>
  b.acceptedCount - b.rejectedCount - (a.acceptedCount - a.rejectedCount) ||
  b.acceptedCount - a.acceptedCount ||
  a.id.localeCompare(b.id);

/** An index that finds nothing (a paper that has learned nothing yet). */
export const EMPTY_LEARNED_INDEX: LearnedPairIndex = {
  revision: -1,
  size: 0,
  find: () => [],
  pairsFor: () => [],
};

/**
 * Compiles `pairs` (the caller leaves out retired ones) into an index. Pairs
 * not offered (isOffered) are left out; a misread whose correction is itself
 * a misread of another pair keeps both (each place is matched once, the
 * longest misread first). Building takes about a millisecond per hundred
 * pairs (see BENCHMARKS.md, "learned pairs").
 */
export function buildLearnedPairIndex(
  pairs: readonly LearnedPairEntry[],
  revision: number,
): LearnedPairIndex {
  const byMisread = new Map<string, Misread>();
  let size = 0;
  for (const pair of pairs) {
    if (
      !isOffered(pair) ||
      pair.misread === "" ||
      pair.misread === pair.correction
    )
      continue;
    let entry = byMisread.get(pair.misread);
    if (!entry)
      byMisread.set(
        pair.misread,
        (entry = { misread: pair.misread, pairs: [] }),
      );
    entry.pairs.push(pair);
    size++;
  }
  if (size === 0) return { ...EMPTY_LEARNED_INDEX, revision };
  const misreads = [...byMisread.values()];
  for (const m of misreads) m.pairs.sort(byMerit);
  const matcher = new AhoCorasick(
    misreads.map((m) => ({ pattern: m.misread, data: m })),
  );
  return {
    revision,
    size,
    find(texts) {
      const drafts: SuggestionDraft[] = [];
      texts.forEach((text, block) => {
        for (const hit of matcher.iterate(text, {
          strategy: "leftmost-longest",
        })) {
          const { pairs: offered } = hit.data as Misread;
          const best = offered[0]!;
          drafts.push({
            kind: "learned",
            block,
            offset: hit.start,
            length: hit.end - hit.start,
            text: text.slice(hit.start, hit.end),
            replacements: offered
              .slice(0, MAX_REPLACEMENTS)
              .map((p) => p.correction),
            confidence: null,
            note: `Corrected to ${best.correction} in ${best.acceptedCount} article${best.acceptedCount === 1 ? "" : "s"} of this paper`,
            noteZh: `本报已有 ${best.acceptedCount} 篇稿件改为“${best.correction}”`,
          });
        }
      });
      return drafts;
    },
    pairsFor: (misread) => byMisread.get(misread)?.pairs ?? [],
  };
}
