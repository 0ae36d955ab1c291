// Decorations over the body editor: suggestions, repairs and OCR confidence,
// given as (block, offset, length) in the text of the snapshot last saved and
// mapped through every edit since, so they stay on their characters while
// the editor types.
import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface Highlight {
  /** Stable id (suggestion key, repair id) to find the mark again. */
  id: string;
  block: number;
  /** UTF-16 offset in the block's text; a hard break counts as one character. */
  offset: number;
  /** 0 marks a point (e.g. a paragraph end). */
  length: number;
  className: string;
  title?: string;
  /** What a point (length 0) shows: "¶" at a paragraph end; nothing (an empty marker) otherwise. */
  glyph?: string;
}

export const highlightsKey = new PluginKey<DecorationSet>("folioHighlights");

/**
 * ProseMirror position of `offset` in block `block`: the block's start plus
 * one (its opening) plus the offset, which holds because text characters and
 * hard breaks are both one position wide. Null for a block that is gone.
 */
export function blockOffsetToPos(
  doc: PmNode,
  block: number,
  offset: number,
): number | null {
  if (block < 0 || block >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < block; i++) pos += doc.child(i).nodeSize;
  const node = doc.child(block);
  if (offset > node.content.size) return null;
  return pos + 1 + offset;
}

function build(doc: PmNode, highlights: readonly Highlight[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const h of highlights) {
    const from = blockOffsetToPos(doc, h.block, h.offset);
    if (from === null) continue;
    const spec = { id: h.id };
    const attrs = {
      class: h.className,
      "data-highlight": h.id,
      ...(h.title ? { title: h.title } : {}),
    };
    if (h.length === 0) {
      decorations.push(
        Decoration.widget(
          from,
          () => {
            const mark = document.createElement("span");
            mark.className = h.className;
            mark.dataset.highlight = h.id;
            if (h.title) mark.title = h.title;
            mark.textContent = h.glyph ?? "";
            return mark;
          },
          { ...spec, side: 1 },
        ),
      );
    } else {
      const to = blockOffsetToPos(doc, h.block, h.offset + h.length);
      if (to !== null)
        decorations.push(Decoration.inline(from, to, attrs, spec));
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** Where the highlight `id` is now in the editor, or null if its text was edited away. */
export function findHighlight(
  set: DecorationSet | undefined,
  id: string,
): { from: number; to: number } | null {
  const found = set?.find(
    undefined,
    undefined,
    (spec) => (spec as { id?: string }).id === id,
  )[0];
  return found ? { from: found.from, to: found.to } : null;
}

/** Set the highlights with `tr.setMeta(highlightsKey, highlights)`. */
export const HighlightsExtension = Extension.create({
  name: "folioHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(highlightsKey) as Highlight[] | undefined;
            return next ? build(tr.doc, next) : set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
        },
      }),
    ];
  },
});
