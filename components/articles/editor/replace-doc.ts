// Applies a new body to the editor as one undoable step that replaces only
// the blocks that differ, so the cursor, the undo history and the highlights
// elsewhere survive a rejected repair or an accepted suggestion.
import type { Editor } from "@tiptap/core";
import { Node as PmNode } from "@tiptap/pm/model";

import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

/** Replaces the differing run of blocks; no-op when the documents are equal. */
export function replaceDoc(editor: Editor, next: ArticleDoc): void {
  const { state } = editor;
  const target = PmNode.fromJSON(state.schema, next);
  const current = state.doc;
  let start = 0;
  while (
    start < current.childCount &&
    start < target.childCount &&
    current.child(start).eq(target.child(start))
  )
    start++;
  if (start === current.childCount && start === target.childCount) return;
  let endCurrent = current.childCount;
  let endTarget = target.childCount;
  while (
    endCurrent > start &&
    endTarget > start &&
    current.child(endCurrent - 1).eq(target.child(endTarget - 1))
  ) {
    endCurrent--;
    endTarget--;
  }
  const offsetOf = (doc: PmNode, index: number) => {
    let pos = 0;
    for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
    return pos;
  };
  const nodes: PmNode[] = [];
  for (let i = start; i < endTarget; i++) nodes.push(target.child(i));
  const tr = state.tr.replaceWith(
    offsetOf(current, start),
    offsetOf(current, endCurrent),
    nodes,
  );
  editor.view.dispatch(tr);
}
