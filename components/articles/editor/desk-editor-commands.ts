// What the desk does with its editor, in one place: show a body from
// elsewhere, apply a correction as an undoable step, read the cursor's
// block, set the highlights, and find a highlight to scroll to or select.
// Holds the editor the provider attached; every command is a no-op (or a
// neutral answer) while there is none.
import type { Editor } from "@tiptap/core";

import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import { findHighlight, type Highlight, highlightsKey } from "./highlights";
import { replaceDoc } from "./replace-doc";

/** Shows a body from elsewhere than typing in `editor` (flagged on the step, so it is no edit). */
export function showBody(editor: Editor, body: ArticleDoc): void {
  if (!editor.isDestroyed) replaceDoc(editor, body, { shown: true });
}

export function createDeskEditorCommands() {
  let editor: Editor | null = null;
  const live = () => (editor && !editor.isDestroyed ? editor : null);
  const place = (e: Editor, id: string) =>
    findHighlight(highlightsKey.getState(e.state), id);
  return {
    /** The provider's editor, or null when it goes. */
    attach(next: Editor | null) {
      editor = next;
    },
    /** Shows a body from elsewhere than typing (the server, a draft, a resolution). */
    show(body: ArticleDoc) {
      if (editor) showBody(editor, body);
    },
    /** Applies a body as an edit, one undoable step; false without an editor. */
    apply(body: ArticleDoc): boolean {
      const e = live();
      if (!e) return false;
      replaceDoc(e, body);
      return true;
    },
    /** Index of the body block holding the cursor (0 without an editor). */
    cursorBlock: (): number => live()?.state.selection.$from.index(0) ?? 0,
    /** Redraws the highlights from `list` (located in the text last saved). */
    highlight(list: readonly Highlight[]) {
      const e = live();
      if (e) e.view.dispatch(e.state.tr.setMeta(highlightsKey, list));
    },
    /** Scrolls the highlight `id` into view, if its text is still there. */
    reveal(id: string) {
      const e = live();
      const at = e && place(e, id);
      if (!e || !at) return;
      const { node } = e.view.domAtPos(at.from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({
        block: "center",
      });
    },
    /** Selects the text under the highlight `id` (not a point mark). */
    select(id: string) {
      const e = live();
      const at = e && place(e, id);
      if (e && at && at.to > at.from) e.commands.setTextSelection(at);
    },
  };
}

export type DeskEditorCommands = ReturnType<typeof createDeskEditorCommands>;
