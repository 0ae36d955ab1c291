// Paragraph breaks that still cut a sentence: a paragraph that does not end
// a sentence, followed by one that does not start a list item, a quote after
// a colon, a labelled detail or a caption. The importer joins the ones it is
// sure of (its column-break repair); these are the rest, offered as a
// one-click join. Client-safe.
import { isLatinAlnum } from "@/lib/ocr/text/cjk-chars";
import {
  endsUnbreakably,
  isLabelledLine,
  isParagraphBoundary,
  startsCaption,
} from "@/lib/ocr/text/text-shape";

import { docTexts } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import { type Suggestion, type SuggestionDraft, withKeys } from "./suggestion";

/** Verse (副刊 poems) and lists: three or more paragraphs in a row this short stand apart on purpose. */
const VERSE_LINE_CHARS = 16;
const VERSE_MIN_LINES = 3;

/** Paragraphs inside a run of at least three short ones. */
function inVerse(doc: ArticleDoc, texts: readonly string[]): boolean[] {
  const short = doc.content.map(
    (node, i) =>
      node.type === "paragraph" &&
      texts[i] !== "" &&
      texts[i]!.length <= VERSE_LINE_CHARS,
  );
  const verse = new Array<boolean>(short.length).fill(false);
  for (let i = 0; i < short.length;) {
    let j = i;
    while (j < short.length && short[j]) j++;
    if (j - i >= VERSE_MIN_LINES) verse.fill(true, i, j);
    i = j === i ? i + 1 : j;
  }
  return verse;
}

/** A suggestion at the end of each paragraph that a paragraph break cuts mid-sentence, in text order. */
export function findMidSentenceBreaks(body: ArticleDoc): Suggestion[] {
  const texts = docTexts(body);
  const verse = inVerse(body, texts);
  const drafts: SuggestionDraft[] = [];
  for (let i = 0; i + 1 < body.content.length; i++) {
    const text = texts[i]!.trimEnd();
    const next = texts[i + 1]!.trimStart();
    if (
      body.content[i]!.type !== "paragraph" ||
      body.content[i + 1]!.type !== "paragraph"
    )
      continue;
    if (text === "" || next === "" || verse[i] || verse[i + 1]) continue;
    if (
      isParagraphBoundary(text, next) ||
      endsUnbreakably(text) ||
      isLabelledLine(next) ||
      startsCaption(next)
    )
      continue;
    // Latin words cut at a paragraph break keep a space between them; Chinese runs straight on.
    const glue =
      isLatinAlnum(text.charCodeAt(text.length - 1)) &&
      isLatinAlnum(next.charCodeAt(0))
        ? " "
        : "";
    drafts.push({
      kind: "mid-sentence-break",
      block: i,
      offset: texts[i]!.length,
      length: 0,
      text: "",
      replacements: [glue],
      confidence: null,
      note: "This paragraph ends mid-sentence: join it with the next one?",
      noteZh: "本段在句子中间断开，是否与下一段合并？",
    });
  }
  return withKeys(texts, drafts);
}
