// Does a short line of Chinese text end where a column ended rather than
// where the writer ended it? Punctuation cannot say when a paragraph's first
// line was cut off (镇里统一规划了六十个 ⏎ 摊位，其中…): the piece is short and
// unpunctuated like a subhead. These signals can:
//
// - it ends in a numeral and measure word that need their noun (六十个, 三家);
// - it ends in a word that never closes a phrase: a structural particle
//   (的, 地, 得), a conjunction (和, 与, 及), a preposition (在, 对, 把), a
//   determiner (这, 各, 每), or 了 before a numeral or measure word;
// - jieba's dictionary reads a word across the break that each piece alone
//   leaves as a dangling single character (丰 ⏎ 富的本地小吃);
// - it ends in a verb still waiting for its object (改造内容包括 ⏎ 屋面防水…,
//   他表示, 主要是), or in a job title whose holder's name opens the next
//   piece (县住建局局长 ⏎ 陈明表示，…);
// - the next piece opens with what cannot open a sentence: clause
//   punctuation (，、；), a particle, suffix or measure word (的…, 们…,
//   个摊位…), 是 with no subject, or the rest of a number (2023年1 ⏎ 月6日).
//
// Traditional characters are folded first (個, 們, 這).

import { foldTraditional } from "@/lib/chinese/fold-traditional";

import { segmentWords, wordFrequency } from "./segment-words";

/** Measure words that need a noun after them (not units such as 元, 吨, 次, which can close a phrase). */
const CLASSIFIERS =
  "个名家位项座种件只台辆张批所户处份套间棵头匹艘架部本篇栋幢支片块根枚颗条门";
const NUMERAL =
  "0-9０-９零〇一二三四五六七八九十百千万亿两几多数余每各该这那某首";
const NUMERAL_CLASSIFIER_END = new RegExp(`[${NUMERAL}][${CLASSIFIERS}]$`);
const NUMERAL_END = new RegExp(`[${NUMERAL}]$`);
/** 万家, 千家万户: "every household", a phrase that ends headlines (文明乡风润万家). */
const HOUSEHOLDS = /^[千万百]+[家户]$/;
const CLASSIFIER_START = new RegExp(`^[${CLASSIFIERS}]`);
/** 六十个摊位, 一批: a counted noun opening the next piece (a date such as 3月5日 is not one). */
const COUNTED_START = new RegExp(
  `^[零〇一二三四五六七八九十百千万两几数多余0-9０-９]+[${CLASSIFIERS}]`,
);
/**
 * Single-character words that never end a phrase, whatever jieba tags them: determiners (这, 各),
 * a copula or verb still waiting for its object (是, 有, 让, 使), modal verbs (能, 要), adverbs (更, 都, 不).
 */
const NEVER_LAST_WORDS = new Set([
  ..."这那该各每某其本此是有让使将把被对向从在给为以于和与及并或而但且之所更最很也还又都就才已正仍均皆仅不没未会能要可应需须",
]);
/** Single-character words that never open a paragraph: the copula without its subject, aspect particles. */
const NEVER_FIRST_WORDS = new Set([..."是的了着过们地得之"]);
/** Verbs that never end a phrase: their object (包括…, 表示…) is still to come. */
const OBJECT_VERB_END =
  /(?:包括|包含|涵盖|涉及|表示|指出|认为|介绍|强调|透露|坦言|告诉|称|说|是|为|即|位于|来自|成为|作为|属于|约为|共有|拥有|达到|分别为|分别是|主要有|主要是|就是|还是|都是|也是)$/;
/**
 * Job titles printed before a name, after the body that holds them (县住建局局长 陈明, 镇党委书记 李华):
 * a bare title (村里来了新书记) may well close a subhead.
 */
const JOB_TITLE_END =
  /(?:局|委|院|所|司|村|镇|乡|县|市|区|省|厅|部|办|中心|协会|学校|大学|医院|公司|集团|支部|街道|社区|站|队|馆|处|科|室)副?(?:局长|书记|主任|县长|市长|区长|镇长|乡长|省长|主席|经理|董事长|总经理|院长|校长|所长|负责人|部长|厅长|处长|科长|队长|站长|社长|会长|秘书长|理事长|行长|馆长|园长|庭长|检察长)$/;
/** 陈明表示，…: a name (two to four characters) then a verb of speech, as a quoted source opens. */
const NAME_SPEAKS =
  /^\p{Script=Han}{2,3}?(?:表示|说|介绍|指出|认为|坦言|告诉|强调|透露|称|解释|回忆)/u;

/** Clause punctuation a paragraph never opens with. */
const PUNCT_START = /^[，,、；;：:。．.）)”’」』！？!?]/;
const DIGIT_END = /[0-9０-９]$/;
/** What carries a number on: more digits, 年月日, units (2023年1 ⏎ 月6日, 1.2 ⏎ 万人次). */
const NUMBER_GOES_ON = /^[0-9０-９.．%％年月日号时点分秒万亿元岁]/;
/** Tags of single-character words that never end a phrase: 的 地 得 (uj uv ud), conjunctions (c), prepositions (p). */
const NEVER_LAST = new Set(["uj", "uv", "ud", "c", "p", "q"]);
/** Tags of single-character words that never open a sentence: particles (u…), suffixes (k, 们), modal particles (y), measure words (q). */
const NEVER_FIRST = /^(?:u[a-z]?|k|y|q)$/;
/**
 * How frequent a word across the break must be, against the rarer of the two characters it joins, to
 * say the break cut it: 丰富 11867 / 丰 784; 质量 8009 / 质 5760; but 来路 119 / 路 27626.
 */
const MIN_WORD_RATIO = 0.1;
/** Characters of the line read as words (a guessed subhead is at most 24). */
const MAX_LINE_CHARS = 32;
/** Characters of each piece given to jieba around the break. */
const CONTEXT_CHARS = 8;
const HAN = /\p{Script=Han}/u;
const CLAUSE_PUNCT = /[。！？!?；;，,、：:“”‘’（）()《》]/;

/** The last few characters of `text`, from its last clause punctuation on. */
function tailOf(text: string): string {
  const tail = text.slice(-CONTEXT_CHARS);
  let start = tail.length;
  while (start > 0 && !CLAUSE_PUNCT.test(tail.charAt(start - 1))) start--;
  return tail.slice(start);
}

/** The first few characters of `text`, up to its first clause punctuation. */
function headOf(text: string): string {
  const head = text.slice(0, CONTEXT_CHARS);
  let end = 0;
  while (end < head.length && !CLAUSE_PUNCT.test(head.charAt(end))) end++;
  return head.slice(0, end);
}

/**
 * Does a dictionary word run across the break that is common next to the
 * characters it joins (丰 ⏎ 富的本地小吃: 丰富 is far more frequent than 丰
 * alone)? A rare word made of common ones (来 ⏎ 路…: 来路) says nothing.
 */
function wordAcrossBreak(tail: string, head: string): boolean {
  // Each piece alone must leave its edge character on its own (丰 | 富的): a break between two
  // whole words (不能少 | 数字) is no evidence, whatever jieba makes of them together.
  const before = segmentWords(tail);
  const after = segmentWords(head);
  if (
    before[before.length - 1]?.word.length !== 1 ||
    after[0]?.word.length !== 1
  )
    return false;
  let offset = 0;
  for (const { word } of segmentWords(tail + head)) {
    const end = offset + word.length;
    if (offset < tail.length && end > tail.length) {
      const alone = Math.min(
        wordFrequency(tail.slice(-1)),
        wordFrequency(head.charAt(0)),
      );
      return wordFrequency(word) >= MIN_WORD_RATIO * alone;
    }
    offset = end;
  }
  return false;
}

/**
 * True when `text` opens with what cannot open a Chinese sentence: clause
 * punctuation (，、；), or a particle, suffix or measure word standing alone
 * (的…, 了…, 们…, 个摊位…). Text without Chinese is never judged.
 */
export function startsMidClause(text: string): boolean {
  const line = foldTraditional(text.trim());
  if (!HAN.test(line.slice(0, CONTEXT_CHARS))) return false;
  if (PUNCT_START.test(line)) return true;
  const first = segmentWords(headOf(line))[0];
  return (
    first !== undefined &&
    first.word.length === 1 &&
    (NEVER_FIRST.test(first.tag) || NEVER_FIRST_WORDS.has(first.word))
  );
}

/**
 * True when `text`, a short unpunctuated line, reads as cut off by a column
 * break before `next` (the paragraph that follows it), by the signals above.
 * Lines without Chinese text are never judged here.
 */
export function looksCut(text: string, next: string): boolean {
  const line = foldTraditional(text.trim());
  const following = foldTraditional(next.trim());
  if (!HAN.test(line) || following === "") return false;
  if (startsMidClause(following)) return true;
  if (NUMERAL_END.test(line) && CLASSIFIER_START.test(following)) return true;
  if (DIGIT_END.test(line) && NUMBER_GOES_ON.test(following)) return true;
  if (OBJECT_VERB_END.test(line)) return true;
  if (JOB_TITLE_END.test(line) && NAME_SPEAKS.test(following)) return true;

  const words = segmentWords(line.slice(-MAX_LINE_CHARS));
  const last = words[words.length - 1];
  // 六十个 (a numeral word), 三 个: not 万家 or 千家, which jieba reads as words of their own.
  const numeralLast =
    last?.tag === "m" ||
    (last?.tag === "q" && words[words.length - 2]?.tag === "m");
  if (
    numeralLast &&
    NUMERAL_CLASSIFIER_END.test(line) &&
    !HOUSEHOLDS.test(last?.word ?? "")
  )
    return true;
  if (last !== undefined && last.word.length === 1) {
    const saysIs = words.some((word) => word.word === "是");
    // 幸福是奋斗出来的: 是…的 closes a phrase; any other 的 at the end leaves its noun behind.
    if (NEVER_LAST.has(last.tag) && !(last.word === "的" && saysIs))
      return true;
    if (NEVER_LAST_WORDS.has(last.word)) return true;
    // 规划了 ⏎ 六十个摊位: 了 before a counted noun has its object still to come.
    if (last.word === "了" && COUNTED_START.test(following)) return true;
  }
  return wordAcrossBreak(tailOf(line), headOf(following));
}

/** Openers of a news sentence: a time (近日，3月5日，本周，), a source (据…，记者…) or 为/为了 (purpose). */
const SENTENCE_OPENER =
  /^(?:近日|日前|近期|近来|本周|上周|昨日|昨天|今日|今天|当天|当日|目前|今年|去年|近年来|年初|年底|截至|日前|最近|据|记者|为了?|[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)[^。，,；;]{0,10}[，,]/;

/**
 * True when `text` opens a new sentence the way news items do: a time, a
 * source or a purpose, then a comma (近日，…, 3月5日上午，…, 据了解，…).
 * A short unpunctuated line above such a paragraph is its headline or
 * subhead, never a column-break fragment.
 */
export function opensNewSentence(text: string): boolean {
  return SENTENCE_OPENER.test(foldTraditional(text.trim()));
}
