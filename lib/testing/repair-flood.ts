// A text page of broken OCR that needs one automatic repair per "平,湖" (the
// half-width comma between CJK characters becomes "，"): issue 14's flood,
// for tests and bench/repair-flood.ts. Paragraphs end in "。" so that the
// column-break repair does not join them into one over-long paragraph.

const UNIT = "平,湖";
const PER_PARAGRAPH = 1000;

/** A Markdown page with one article and `repairs` automatic repairs (≈7 bytes each). */
export function repairFloodPage(repairs: number, headline = "标题"): string {
  const paragraphs: string[] = [];
  for (let left = repairs; left > 0; left -= PER_PARAGRAPH)
    paragraphs.push(`${UNIT.repeat(Math.min(left, PER_PARAGRAPH))}。`);
  return `# ${headline}\n\n${paragraphs.join("\n\n")}\n`;
}
