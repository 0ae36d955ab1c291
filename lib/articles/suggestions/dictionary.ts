// The word list and segmenter behind the confusable-character check: jieba's
// shipped dictionary (349,000 words with corpus frequencies) and jieba itself.
// Loaded once, on first use (about half a second), then kept.
import "server-only";

import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

export interface Dictionary {
  /** How often the word occurs in jieba's corpus; 0 when the dictionary does not know it. */
  frequency(word: string): number;
  /** The word's part of speech in jieba's (ICTCLAS) tags: m numeral, d adverb, uj particle …; "" when unknown. */
  tag(word: string): string;
  /** The text cut into words by jieba's dictionary alone (no HMM guessing of unknown words). */
  segment(text: string): string[];
}

/** Tags are few (about 60): each word's entry packs its tag's index under its frequency. */
const TAG_SLOTS = 128;

/** Lines are `word frequency part-of-speech`. */
function parseEntries(bytes: Uint8Array): { entries: Map<string, number>; tags: string[] } {
  const text = new TextDecoder("utf-8").decode(bytes);
  const entries = new Map<string, number>();
  const tags: string[] = [""];
  const tagIndex = new Map<string, number>([["", 0]]);
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const space = text.indexOf(" ", start);
    if (space > start && space < end) {
      let second = text.indexOf(" ", space + 1);
      if (second === -1 || second > end) second = end;
      const frequency = Number.parseInt(text.slice(space + 1, second), 10);
      const tag = text.slice(second + 1, end).trim();
      let index = tagIndex.get(tag);
      if (index === undefined && tags.length < TAG_SLOTS) {
        index = tags.length;
        tags.push(tag);
        tagIndex.set(tag, index);
      }
      if (frequency > 0) entries.set(text.slice(start, space), frequency * TAG_SLOTS + (index ?? 0));
    }
    start = end + 1;
  }
  return { entries, tags };
}

let loaded: Dictionary | null = null;

/** The dictionary, loaded on the first call. */
export function getDictionary(): Dictionary {
  if (loaded) return loaded;
  const { entries, tags } = parseEntries(dict);
  const jieba = Jieba.withDict(dict);
  loaded = {
    frequency: (word) => Math.floor((entries.get(word) ?? 0) / TAG_SLOTS),
    tag: (word) => tags[(entries.get(word) ?? 0) % TAG_SLOTS] ?? "",
    segment: (text) => jieba.cut(text, false),
  };
  return loaded;
}
