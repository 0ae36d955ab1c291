// Splits a decoded text page into blocks. Every line is its own block except
// lines joined by a Markdown hard break (two trailing spaces or a trailing
// backslash), which stay together as the lines of one block: OCR exporters
// write one paragraph per line, and a soft-wrapped paragraph is rejoined by
// the column-break repair anyway. Markdown marks (# headings, setext
// underlines, **bold** lines, > quotes) are read only when the page uses them,
// so plain text with stray trailing spaces or asterisks is left alone. Image
// lines (![说明](img1.jpg)) are dropped either way: OCR exporters write one
// per picture, and neither the picture nor its file name is text to edit.

export interface TextBlock {
  kind: "heading" | "bold" | "quote" | "text";
  /** Heading level 1–6; 0 for other blocks. */
  level: number;
  lines: string[];
  /** A blank line separates this block from the one before (plain text only). */
  gapBefore?: boolean;
}

// Anchored at line starts so a long line is scanned once, not once per character.
const MARKDOWN_MARKS =
  /^(?:#{1,6}[ \t]+\S|>[ \t]?\S|(?:\*\*|__)[^\n]+(?:\*\*|__)[ \t]*$|[^\n]*\S[ \t]*\n(?:={3,}|-{3,})[ \t]*$)/m;
const ATX = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^(=+|-+)[ \t]*$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const PLAIN_RULE = /^[-=*_~—─━]{3,}$/;
const QUOTE = /^(?:>[ \t]?)+/;
const BOLD_LINE = /^(?:\*\*|__)(.+?)(?:\*\*|__)$/;
const INLINE_BOLD = /\*\*(.+?)\*\*|__(.+?)__/g;
/** *图为改造后的小桥。*: single-asterisk emphasis, as exporters mark captions (not 3*4, not a list's leading "* "). */
const INLINE_ITALIC =
  /(?<![*\w\\])\*(?![\s*])([^*\n]+?)(?<![\s\\])\*(?![*\w])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;
/** A line of nothing but Markdown images: ![](img1.jpg), ![图片说明](x.png "标题"). */
const IMAGE_LINE = /^(?:!\[[^\]]*\]\([^)]*\)[ \t]*)+$/;

function cleanInline(line: string): string {
  const unbolded = line.replace(
    INLINE_BOLD,
    (_, a: string | undefined, b: string | undefined) => a ?? b ?? "",
  );
  // Most lines have no asterisk left: skip the italic pattern's lookarounds for them.
  const plain = unbolded.includes("*")
    ? unbolded.replace(INLINE_ITALIC, "$1")
    : unbolded;
  return plain.replace(ESCAPE, "$1");
}

function splitPlain(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let gap = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") gap = true;
    if (line === "" || PLAIN_RULE.test(line) || IMAGE_LINE.test(line)) continue;
    blocks.push({
      kind: "text",
      level: 0,
      lines: [line],
      gapBefore: gap && blocks.length > 0,
    });
    gap = false;
  }
  return blocks;
}

function splitMarkdown(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The block the previous line belongs to, while it may still take a hard-broken line or a setext underline.
  let open: TextBlock | null = null;
  let continues = false;

  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      open = null;
      continues = false;
      continue;
    }
    const setext = SETEXT.exec(line);
    if (
      setext &&
      open !== null &&
      (open.kind === "text" || open.kind === "bold")
    ) {
      open.kind = "heading";
      open.level = setext[1]?.startsWith("=") ? 1 : 2;
      open = null;
      continues = false;
      continue;
    }
    // An image line ends the block it interrupts, as a thematic break does.
    if (RULE.test(line) || IMAGE_LINE.test(line)) {
      open = null;
      continues = false;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const text = cleanInline((atx[2] ?? "").trim());
      if (text !== "")
        blocks.push({
          kind: "heading",
          level: atx[1]?.length ?? 1,
          lines: [text],
        });
      open = null;
      continues = false;
      continue;
    }
    const quote = QUOTE.exec(line);
    const bold = quote ? null : BOLD_LINE.exec(line);
    const kind: TextBlock["kind"] = quote
      ? "quote"
      : bold && !(bold[1] ?? "").includes("**")
        ? "bold"
        : "text";
    const text = cleanInline(quote ? line.slice(quote[0].length).trim() : line);
    if (continues && open !== null && (open.kind === kind || kind === "text")) {
      open.lines.push(text);
    } else {
      open = { kind, level: 0, lines: [text] };
      blocks.push(open);
    }
    continues = raw.endsWith("  ") || raw.endsWith("\\");
  }
  return blocks.filter((block) => block.lines.some((line) => line !== ""));
}

/** Text must already have LF line ends. */
export function splitTextBlocks(text: string): {
  blocks: TextBlock[];
  markdown: boolean;
} {
  const lines = text.split("\n");
  const markdown = MARKDOWN_MARKS.test(text);
  return {
    blocks: markdown ? splitMarkdown(lines) : splitPlain(lines),
    markdown,
  };
}
