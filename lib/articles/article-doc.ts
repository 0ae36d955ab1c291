// Conversions between the importer's blocks and the Tiptap document, and
// the plain text derived from a document for search and word counts.
import type { OcrBlock } from "@/lib/ocr/types";

import type { ArticleBlockNode, ArticleDoc } from "./tiptap-schema";

export function blocksToDoc(blocks: readonly OcrBlock[]): ArticleDoc {
  return {
    type: "doc",
    content: blocks.map((b): ArticleBlockNode => {
      const content = b.text
        ? [{ type: "text" as const, text: b.text }]
        : undefined;
      if (b.type === "subhead")
        return { type: "heading", attrs: { level: 3 }, content };
      if (b.type === "caption") return { type: "caption", content };
      return { type: "paragraph", content };
    }),
  };
}

export function docToBlocks(doc: ArticleDoc): OcrBlock[] {
  return doc.content.map((node) => ({
    type:
      node.type === "heading"
        ? "subhead"
        : node.type === "caption"
          ? "caption"
          : "paragraph",
    text: (node.content ?? [])
      .map((c) => (c.type === "text" ? c.text : "\n"))
      .join(""),
  }));
}

/** Plain text: one line per block, blocks separated by blank lines. */
export function docToText(doc: ArticleDoc): string {
  return docToBlocks(doc)
    .map((b) => b.text)
    .join("\n\n");
}

/** 字数: Chinese newsrooms count every printed character, punctuation included. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}
