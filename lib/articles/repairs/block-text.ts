// Reads and edits one body block of an article as plain text, the way
// docToBlocks sees it (a hard break is one "\n"), while keeping the bold and
// italic marks of the characters around an edit. Repairs and suggestions
// address text by (block, UTF-16 offset); these turn such an address back
// into Tiptap JSON. Client-safe.
import type { ArticleBlockNode, ArticleDoc } from "../tiptap-schema";

type Inline = NonNullable<ArticleBlockNode["content"]>[number];
type TextNode = Extract<Inline, { type: "text" }>;
type Marks = TextNode["marks"];

/** The block's text: text nodes as they are, each hard break as "\n". */
export function blockText(node: ArticleBlockNode): string {
  const content = node.content;
  if (!content) return "";
  if (content.length === 1 && content[0]!.type === "text")
    return content[0]!.text;
  let text = "";
  for (const inline of content)
    text += inline.type === "text" ? inline.text : "\n";
  return text;
}

const textsOfDoc = new WeakMap<ArticleDoc, readonly string[]>();

/** The text of every block of the body (computed once per document object). */
export function docTexts(doc: ArticleDoc): readonly string[] {
  let texts = textsOfDoc.get(doc);
  if (!texts) textsOfDoc.set(doc, (texts = doc.content.map(blockText)));
  return texts;
}

const marksKey = (marks: Marks) =>
  marks && marks.length > 0 ? JSON.stringify(marks) : "";

/** Inline nodes for `text` with `marks`; "\n" becomes a hard break. */
function inlinesOf(text: string, marks: Marks): Inline[] {
  const out: Inline[] = [];
  text.split("\n").forEach((part, i) => {
    if (i > 0) out.push({ type: "hardBreak" });
    if (part !== "")
      out.push(
        marks && marks.length > 0
          ? { type: "text", text: part, marks }
          : { type: "text", text: part },
      );
  });
  return out;
}

/** Merges neighbouring text nodes with the same marks, as ProseMirror itself does. */
function normalise(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === "text" && inline.text === "") continue;
    if (
      inline.type === "text" &&
      last?.type === "text" &&
      marksKey(last.marks) === marksKey(inline.marks)
    ) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else out.push(inline);
  }
  return out;
}

function withContent(
  node: ArticleBlockNode,
  content: Inline[],
): ArticleBlockNode {
  const copy = { ...node, content: normalise(content) };
  if (copy.content.length === 0)
    delete (copy as { content?: Inline[] }).content;
  return copy;
}

/** The inline nodes covering [from, to) of the block's text. */
function sliceInlines(
  content: readonly Inline[],
  from: number,
  to: number,
): Inline[] {
  const out: Inline[] = [];
  let pos = 0;
  for (const inline of content) {
    const length = inline.type === "text" ? inline.text.length : 1;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + length);
    if (start < end)
      out.push(
        inline.type === "text"
          ? { ...inline, text: inline.text.slice(start - pos, end - pos) }
          : inline,
      );
    pos += length;
  }
  return out;
}

/** The inline node holding character `index` of the block's text. */
function inlineAt(
  content: readonly Inline[],
  index: number,
): Inline | undefined {
  let pos = 0;
  for (const inline of content) {
    pos += inline.type === "text" ? inline.text.length : 1;
    if (index < pos) return inline;
  }
  return undefined;
}

/**
 * Marks that text typed at `offset` gets: those of the character before it,
 * or of the one after it at the start of the block or of a line.
 */
function marksAt(content: readonly Inline[], offset: number): Marks {
  const before = offset > 0 ? inlineAt(content, offset - 1) : undefined;
  if (before?.type === "text") return before.marks;
  const after = inlineAt(content, offset);
  return after?.type === "text" ? after.marks : undefined;
}

/**
 * The block with [from, to) of its text replaced by `text` (UTF-16 offsets
 * into blockText; "\n" in `text` becomes a hard break). Inserted text takes
 * the marks of the character before it. Throws a RangeError for offsets
 * outside the text.
 */
export function replaceInBlock(
  node: ArticleBlockNode,
  from: number,
  to: number,
  text: string,
): ArticleBlockNode {
  const length = blockText(node).length;
  if (from < 0 || to < from || to > length)
    throw new RangeError(
      `replace [${from}, ${to}) outside a block of ${length}`,
    );
  const content = node.content ?? [];
  return withContent(node, [
    ...sliceInlines(content, 0, from),
    ...inlinesOf(text, marksAt(content, from)),
    ...sliceInlines(content, to, length),
  ]);
}

/** The block cut in two at `offset`; both halves keep the block's type and attributes. */
export function splitBlock(
  node: ArticleBlockNode,
  offset: number,
): [ArticleBlockNode, ArticleBlockNode] {
  const length = blockText(node).length;
  if (offset < 0 || offset > length)
    throw new RangeError(`split at ${offset} outside a block of ${length}`);
  const content = node.content ?? [];
  return [
    withContent(node, sliceInlines(content, 0, offset)),
    withContent(node, sliceInlines(content, offset, length)),
  ];
}

/** `first` with `glue` and then the text of `second` appended; the result keeps `first`'s type and attributes. */
export function joinBlocks(
  first: ArticleBlockNode,
  second: ArticleBlockNode,
  glue: string,
): ArticleBlockNode {
  const content = first.content ?? [];
  return withContent(first, [
    ...content,
    ...inlinesOf(glue, marksAt(content, blockText(first).length)),
    ...(second.content ?? []),
  ]);
}
