// Applies one suggestion the editor accepted, if the text it was made for is
// still there. Client-safe.
import { blockText, joinBlocks, replaceInBlock } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import type { Suggestion } from "./suggestion";

/**
 * The body with `replacement` put at the suggestion's place (marks of the
 * text around kept); for a mid-sentence break, the paragraph joined with the
 * next one, `replacement` between them ("" or " "). Null when the text at
 * that place is no longer what the suggestion was made for.
 */
export function applySuggestion(
  body: ArticleDoc,
  s: Suggestion,
  replacement: string,
): ArticleDoc | null {
  const node = body.content[s.block];
  if (!node) return null;
  const content = [...body.content];
  if (s.kind === "mid-sentence-break") {
    const next = body.content[s.block + 1];
    if (
      node.type !== "paragraph" ||
      next?.type !== "paragraph" ||
      blockText(node).length !== s.offset ||
      blockText(next) === ""
    )
      return null;
    content.splice(s.block, 2, joinBlocks(node, next, replacement));
  } else {
    if (
      blockText(node).slice(s.offset, s.offset + s.length) !== s.text ||
      s.text.length !== s.length
    )
      return null;
    content[s.block] = replaceInBlock(
      node,
      s.offset,
      s.offset + s.length,
      replacement,
    );
  }
  return { ...body, content };
}
