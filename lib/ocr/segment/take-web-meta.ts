// Sets aside the web metadata lines of a text page (发布时间：… 来源：… 作者：…,
// see web-meta-line.ts) before article starts are looked for, so that they
// are never read as a headline, a deck or running text, and gives back what
// they credit. A line of credits alone (作者：张伟, 编辑：李华) is taken only in
// a run with a line that is plainly web metadata (a time, a source), so a
// newspaper's own byline line keeps its part in finding articles.

import type { TextBlock } from "../text/split-text-blocks";
import {
  parseWebMetaLine,
  webMetaCredits,
  type WebMetaLine,
} from "../text/web-meta-line";
import type { OcrByline } from "../types";
import { isDeskCredit, parseBylineLine } from "./parse-byline";
import type { PreparedBlock } from "./prepare-blocks";

export interface WebMeta {
  /** The line as printed. */
  text: string;
  /** Index, among the blocks kept, of the first block after this line. */
  at: number;
  /** People it credits (作者, 记者, 通讯员, 摄影); desk credits (编辑) stay furniture only. */
  bylines: OcrByline[];
}

/** The people a metadata line credits, desk credits left out. */
export function webMetaBylines(meta: WebMetaLine): OcrByline[] {
  const out: OcrByline[] = [];
  for (const credit of webMetaCredits(meta)) {
    const [label = "", ...names] = credit.split(/[ \u3000]+/);
    // 作者 names the writer with no newsroom role: "other", label as printed.
    const parsed = parseBylineLine([credit]) ?? [
      { role: "other" as const, label, names },
    ];
    if (!isDeskCredit(parsed)) out.push(...parsed);
  }
  return out;
}

/** The blocks without their web metadata lines, and those lines. Inputs are parallel arrays. */
export function takeWebMeta(
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
): { texts: TextBlock[]; prepared: PreparedBlock[]; meta: WebMeta[] } {
  const parsed = prepared.map((block) =>
    block.lines.length === 1 ? parseWebMetaLine(block.lines[0] ?? "") : null,
  );
  const plain = parsed.map(
    (meta) => meta !== null && webMetaCredits(meta).length < meta.fields.length,
  );
  const taken = parsed.map(() => false);
  for (let i = 0; i < parsed.length;) {
    let end = i;
    while (end < parsed.length && parsed[end] !== null) end++;
    if (plain.slice(i, end).some(Boolean))
      for (let k = i; k < end; k++) taken[k] = true;
    i = Math.max(end, i + 1);
  }
  const out = {
    texts: [] as TextBlock[],
    prepared: [] as PreparedBlock[],
    meta: [] as WebMeta[],
  };
  prepared.forEach((block, i) => {
    const meta = parsed[i];
    if (taken[i] && meta)
      out.meta.push({
        text: block.lines[0] ?? "",
        at: out.prepared.length,
        bylines: webMetaBylines(meta),
      });
    else {
      out.texts.push(texts[i] as TextBlock);
      out.prepared.push(block);
    }
  });
  return out;
}
