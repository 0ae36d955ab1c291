"use client";

// The desk's one Tiptap editor (the article schema's extensions plus the
// desk's highlights). DeskEditorProvider owns the instance; the body editor
// renders it, and the desk and its panels reach it through useDeskEditor()
// instead of passing editor refs around.
import type { Editor } from "@tiptap/core";
import { useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import {
  createContext,
  type ReactNode,
  use,
  useLayoutEffect,
  useMemo,
  useState,
} from "react";

import { articleExtensions } from "@/lib/articles/editor-extensions";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import {
  createDeskEditorCommands,
  type DeskEditorCommands,
  showBody,
} from "./desk-editor-commands";
import { HighlightsExtension } from "./highlights";
import { isShownStep } from "./replace-doc";

interface DeskEditorValue {
  /** Null until the editor exists (it mounts on the client only). */
  editor: Editor | null;
  /** Stable for the desk's lifetime; safe to call before the editor exists. */
  commands: DeskEditorCommands;
}

const DeskEditorContext = createContext<DeskEditorValue | null>(null);

export function DeskEditorProvider({
  initial,
  children,
}: {
  initial: ArticleDoc;
  children: ReactNode;
}) {
  const t = useTranslations("editor");
  const editor = useEditor({
    extensions: [...articleExtensions, HighlightsExtension],
    content: initial,
    // The server renders the body as HTML; the editor mounts on the client only.
    immediatelyRender: false,
    // Read only until the body editor says otherwise: one tab edits at a time.
    editable: false,
    editorProps: {
      attributes: {
        class: "article-body",
        "aria-label": t("body"),
        "data-testid": "body-editor",
      },
    },
  });
  const [commands] = useState(createDeskEditorCommands);
  useLayoutEffect(() => {
    commands.attach(editor);
    return () => commands.attach(null);
  }, [commands, editor]);
  const value = useMemo(() => ({ editor, commands }), [editor, commands]);
  return <DeskEditorContext value={value}>{children}</DeskEditorContext>;
}

/** The desk's editor and its commands; only inside DeskEditorProvider. */
export function useDeskEditor(): DeskEditorValue {
  const value = use(DeskEditorContext);
  if (!value) throw new Error("useDeskEditor outside DeskEditorProvider");
  return value;
}

/**
 * Connects the editor to the desk: every change of its content goes to
 * `onChange` (stable; `echo` when the step only showed a body from
 * elsewhere), and an editor that appears shows `current()` at once (a draft
 * restored before it existed). Subscribed in a layout effect, so before the
 * body editor's effects make it editable.
 */
export function useEditorChanges(
  onChange: (body: ArticleDoc, echo: boolean) => void,
  current: () => ArticleDoc,
): void {
  const { editor } = useDeskEditor();
  useLayoutEffect(() => {
    if (!editor) return;
    const listener = ({
      editor: e,
      transaction,
    }: {
      editor: Editor;
      transaction: Parameters<typeof isShownStep>[0];
    }) => onChange(e.getJSON() as ArticleDoc, isShownStep(transaction));
    editor.on("update", listener);
    // This editor itself, not the commands: they are attached to it only
    // after this effect (a parent's layout effects run after its children's).
    // Nothing happens when the editor already shows this body.
    showBody(editor, current());
    return () => {
      editor.off("update", listener);
    };
  }, [editor, onChange, current]);
}
