// The word list and segmenter behind the confusable-character check: word
// frequencies from jieba's shipped dictionary (349,000 words counted in a
// corpus) and jieba's segmentation. Loaded once, on first use (about half a
// second), then kept. Segmentation goes through the importer's jieba
// (lib/ocr/text/segment-words.ts) so a server process holds one instance.
import "server-only";

import { createRequire } from "node:module";

import { segmentWords } from "@/lib/ocr/text/segment-words";

export interface Dictionary {
  /** How often the word occurs in jieba's corpus; 0 when the dictionary does not know it. */
  frequency(word: string): number;
  /**
   * The text cut into dictionary words (no HMM guessing of unknown words, so
   * an unknown run stays single characters), each with its part of speech in
   * jieba's ICTCLAS tags: m numeral, d adverb, p preposition, uj 的 …
   */
  segment(text: string): { word: string; tag: string }[];
}

/** Lines of dict.txt are `word frequency part-of-speech`. */
function parseFrequencies(bytes: Uint8Array): Map<string, number> {
  const text = new TextDecoder("utf-8").decode(bytes);
  const frequencies = new Map<string, number>();
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const space = text.indexOf(" ", start);
    if (space > start && space < end) {
      const frequency = Number.parseInt(text.slice(space + 1, end), 10);
      if (frequency > 0) frequencies.set(text.slice(start, space), frequency);
    }
    start = end + 1;
  }
  return frequencies;
}

let loaded: Dictionary | null = null;

/** The dictionary, loaded on the first call. */
export function getDictionary(): Dictionary {
  if (loaded) return loaded;
  // Required here rather than imported: the 5 MB dictionary is read only when a suggestion is first asked for.
  const require = createRequire(import.meta.url);
  const frequencies = parseFrequencies(
    (require("@node-rs/jieba/dict") as { dict: Uint8Array }).dict,
  );
  loaded = {
    frequency: (word) => frequencies.get(word) ?? 0,
    segment: (text) => segmentWords(text),
  };
  return loaded;
}
