// Flags words OCR probably misread: a word as printed that the dictionary
// does not know or finds rare, when swapping one character for a look-alike
// (confusables.ts) gives a common word (初劲 → 干劲, 己经 → 已经).
// A misread character breaks its word, so the segmenter leaves it as a lone
// character: the candidates are the short runs of words around each lone
// character, and only that character is swapped. Runs that grammar explains
// are not words at all (八人 is a numeral and a noun, 太多 an adverb and an
// adjective), so they are never taken for misread ones (人人, 大多).
import "server-only";

import { isHan } from "@/lib/ocr/text/cjk-chars";

import { confusablesOf } from "./confusables";
import { type Dictionary, getDictionary } from "./dictionary";
import type { SuggestionDraft } from "./suggestion";

/** A printed word at most this frequent counts as rare (half of jieba's two-character words are). */
const RARE = 10;
/** A word this frequent counts as common (干劲 is 86; three quarters of two-character words are below 68). */
const COMMON = 50;
/** …and it must be this many times more frequent than the word as printed. */
const RATIO = 20;
/** Longest word looked at, in characters. */
const MAX_WORD = 4;
/** Most alternatives offered for one place. */
const MAX_REPLACEMENTS = 3;

/**
 * Parts of speech that combine freely with the next word (numeral, adverb,
 * preposition, conjunction) and that attach freely to the word before
 * (particles: 的 了 着 过): two such words side by side form a phrase the
 * dictionary need not know.
 */
const FREE_BEFORE = new Set(["m", "d", "p", "c"]);
const freeAfter = (tag: string) => tag.startsWith("u");

function explainedByGrammar(tags: readonly string[]): boolean {
  for (let i = 0; i + 1 < tags.length; i++)
    if (FREE_BEFORE.has(tags[i]!) || freeAfter(tags[i + 1]!)) return true;
  return false;
}

const allHan = (s: string) => {
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return s.length > 0;
};

interface Candidate {
  offset: number;
  text: string;
  replacements: { word: string; frequency: number }[];
}

/** Common words one look-alike away from `word`, swapping only the character at `at`. */
function alternatives(
  dictionary: Dictionary,
  word: string,
  at: number,
): Candidate["replacements"] {
  const printed = dictionary.frequency(word);
  if (printed > RARE) return [];
  const out: Candidate["replacements"] = [];
  for (const other of confusablesOf(word.charAt(at))) {
    const swapped = word.slice(0, at) + other + word.slice(at + 1);
    const frequency = dictionary.frequency(swapped);
    if (frequency >= COMMON && frequency >= RATIO * Math.max(printed, 1))
      out.push({ word: swapped, frequency });
  }
  return out.sort((a, b) => b.frequency - a.frequency);
}

/** The best candidate around each lone character of one block's text. */
function candidatesIn(text: string, dictionary: Dictionary): Candidate[] {
  const tagged = dictionary.segment(text);
  const words = tagged.map((t) => t.word);
  const tags = tagged.map((t) => t.tag);
  const starts: number[] = [];
  let offset = 0;
  for (const w of words) {
    starts.push(offset);
    offset += w.length;
  }
  const found: Candidate[] = [];
  const seen = new Set<string>();
  words.forEach((word, k) => {
    const lone = word.length === 1 && isHan(word.charCodeAt(0));
    // A lone character with its neighbours (…的|初|劲|和…), or a whole rare word (太学).
    const spans: [number, number][] = [];
    if (lone) {
      for (let from = Math.max(0, k - 2); from <= k; from++)
        for (let to = k + 1; to <= Math.min(words.length, k + 3); to++)
          spans.push([from, to]);
    } else if (word.length <= MAX_WORD) spans.push([k, k + 1]);
    let best: Candidate | null = null;
    for (const [from, to] of spans) {
      const span = words.slice(from, to).join("");
      if (
        span.length < 2 ||
        span.length > MAX_WORD ||
        !allHan(span) ||
        explainedByGrammar(tags.slice(from, to))
      )
        continue;
      const positions = lone
        ? [starts[k]! - starts[from]!]
        : Array.from(span, (_, i) => i);
      for (const at of positions) {
        const replacements = alternatives(dictionary, span, at);
        const top = replacements[0];
        if (!top) continue;
        if (
          !best ||
          top.frequency > best.replacements[0]!.frequency ||
          (top.frequency === best.replacements[0]!.frequency &&
            span.length < best.text.length)
        ) {
          best = { offset: starts[from]!, text: span, replacements };
        }
      }
    }
    if (best && !seen.has(`${best.offset}:${best.text}`)) {
      seen.add(`${best.offset}:${best.text}`);
      found.push(best);
    }
  });
  return found;
}

/**
 * Candidates per block text, remembered per dictionary: a save changes one or
 * two paragraphs, so the others need no new segmentation (most of a save's
 * CPU time under the article lock went here). Bounded by total characters.
 */
const CACHE_CHARACTERS = 4_000_000;
const caches = new WeakMap<
  Dictionary,
  { blocks: Map<string, Candidate[]>; characters: number }
>();

function cachedCandidates(text: string, dictionary: Dictionary): Candidate[] {
  let cache = caches.get(dictionary);
  if (!cache)
    caches.set(dictionary, (cache = { blocks: new Map(), characters: 0 }));
  const hit = cache.blocks.get(text);
  if (hit) {
    // Most recently used last, so the oldest is evicted first.
    cache.blocks.delete(text);
    cache.blocks.set(text, hit);
    return hit;
  }
  const found = candidatesIn(text, dictionary);
  cache.blocks.set(text, found);
  cache.characters += text.length;
  for (const [oldest] of cache.blocks) {
    if (cache.characters <= CACHE_CHARACTERS) break;
    cache.blocks.delete(oldest);
    cache.characters -= oldest.length;
  }
  return found;
}

/**
 * Confusable-character suggestions for the body's block texts (as
 * docToBlocks gives them), in text order within each block. Needs the
 * dictionary: the first call loads it.
 */
export function findConfusableWords(
  texts: readonly string[],
  dictionary: Dictionary = getDictionary(),
): SuggestionDraft[] {
  const out: SuggestionDraft[] = [];
  texts.forEach((text, block) => {
    for (const c of cachedCandidates(text, dictionary)) {
      const meant = c.replacements
        .slice(0, MAX_REPLACEMENTS)
        .map((r) => r.word);
      out.push({
        kind: "confusable",
        block,
        offset: c.offset,
        length: c.text.length,
        text: c.text,
        replacements: meant,
        confidence: null,
        note: `Possibly misread: “${c.text}” is not a common word; “${meant[0]}” is.`,
        noteZh: `疑似识别错字：“${c.text}”不是常用词，常见的是“${meant[0]}”。`,
      });
    }
  });
  return out;
}
