// Chinese word segmentation (jieba's dictionary, through @node-rs/jieba) for
// the few questions the segmenter cannot answer from punctuation, such as
// whether a short line ends mid-word at a column break. The dictionary takes
// ~150 ms to load, so it is loaded on first use, once per process; pages
// that never ask never pay for it.

import { createRequire } from "node:module";

import type { Jieba as JiebaClass, TaggedWord } from "@node-rs/jieba";

interface JiebaModules {
  Jieba: typeof JiebaClass;
  dict: Uint8Array;
}

let modules: JiebaModules | null = null;
let jieba: JiebaClass | null = null;
let dictText: string | null = null;
const frequencies = new Map<string, number>();
const MAX_CACHED_FREQUENCIES = 10_000;

function loadModules(): JiebaModules {
  if (modules === null) {
    // Required here rather than imported: the native module and its 5 MB dictionary load only when asked for.
    const require = createRequire(import.meta.url);
    modules = {
      Jieba: (require("@node-rs/jieba") as Pick<JiebaModules, "Jieba">).Jieba,
      dict: (require("@node-rs/jieba/dict") as Pick<JiebaModules, "dict">).dict,
    };
  }
  return modules;
}

function load(): JiebaClass {
  if (jieba === null) {
    const { Jieba, dict } = loadModules();
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/**
 * How often jieba's dictionary counts `word` (dict.txt lines `word freq pos`);
 * 0 when it does not list it. Looked up in the dictionary text, once per word.
 */
export function wordFrequency(word: string): number {
  dictText ??= `\n${new TextDecoder().decode(loadModules().dict)}`;
  let count = frequencies.get(word);
  if (count === undefined) {
    const at = dictText.indexOf(`\n${word} `);
    count =
      at === -1
        ? 0
        : Number.parseInt(
            dictText.slice(at + word.length + 2, at + word.length + 14),
            10,
          ) || 0;
    // A long-running server asks about ever new words: keep the cache bounded.
    if (frequencies.size >= MAX_CACHED_FREQUENCIES) frequencies.clear();
    frequencies.set(word, count);
  }
  return count;
}

/**
 * `text` cut into dictionary words with their part-of-speech tags (jieba's
 * ICTCLAS tags: n noun, v verb, m numeral, q classifier, p preposition, c
 * conjunction, uj 的, ul 了, k suffix …), HMM off so unknown runs stay single
 * characters. Punctuation comes back as words tagged x.
 */
export function segmentWords(text: string): TaggedWord[] {
  return text === "" ? [] : load().tag(text, false);
}
