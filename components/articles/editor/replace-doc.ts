// Applies a new body to the editor as one undoable step that replaces only
// the blocks that differ, so the cursor, the undo history and the highlights
// elsewhere survive a rejected repair or an accepted suggestion. A body from
// elsewhere than typing (the server, a draft) is flagged on the step, so the
// desk does not take it for an edit.
import type { Editor } from "@tiptap/core";
import { Node as PmNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";

import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

/** Transaction meta set on a step that shows a body from elsewhere (see `isShownStep`). */
const SHOWN = "folioShown";

/** Whether a transaction only showed a body from elsewhere (replaceDoc with `shown`). */
export const isShownStep = (tr: Transaction): boolean =>
  tr.getMeta(SHOWN) === true;

/**
 * Replaces the differing run of blocks; no-op when the documents are equal.
 * `shown`: the body came from elsewhere than typing (flagged on the step).
 */
export function replaceDoc(
  editor: Editor,
  next: ArticleDoc,
  { shown = false }: { shown?: boolean } = {},
): void {
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
  editor.view.dispatch(shown ? tr.setMeta(SHOWN, true) : tr);
}
