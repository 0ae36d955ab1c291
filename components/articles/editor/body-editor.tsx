"use client";

// The article body in Tiptap 3, with the article schema's extensions only
// (lib/articles/editor-extensions.ts) plus the desk's highlights.
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { articleExtensions } from "@/lib/articles/editor-extensions";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import {
  type Highlight,
  HighlightsExtension,
  highlightsKey,
} from "./highlights";

export interface BodyEditorProps {
  initial: ArticleDoc;
  editable: boolean;
  highlights: readonly Highlight[];
  onChange: (doc: ArticleDoc) => void;
  onReady: (editor: Editor | null) => void;
}

export function BodyEditor({
  initial,
  editable,
  highlights,
  onChange,
  onReady,
}: BodyEditorProps) {
  const t = useTranslations("editor");
  const editor = useEditor({
    extensions: [...articleExtensions, HighlightsExtension],
    content: initial,
    // The server renders the body as HTML; the editor mounts on the client only.
    immediatelyRender: false,
    editable,
    editorProps: {
      attributes: {
        class: "article-body",
        "aria-label": t("body"),
        "data-testid": "body-editor",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as ArticleDoc),
  });

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (editor && !editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, highlights));
  }, [editor, highlights]);

  if (!editor) return null;
  const block = (type: "paragraph" | "heading" | "caption") => {
    const chain = editor.chain().focus();
    if (type === "heading") chain.setNode("heading", { level: 3 }).run();
    else chain.setNode(type).run();
  };
  return (
    <div className="body-editor">
      <div className="toolbar" role="toolbar" aria-label={t("formatting")}>
        <button
          type="button"
          className="secondary small"
          onClick={() => block("paragraph")}
          disabled={!editable}
        >
          {t("paragraph")}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => block("heading")}
          disabled={!editable}
        >
          {t("subhead")}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => block("caption")}
          disabled={!editable}
        >
          {t("caption")}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => editor.chain().focus().toggleBold().run()}
          disabled={!editable}
          aria-pressed={editor.isActive("bold")}
        >
          <strong>{t("bold")}</strong>
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => editor.chain().focus().toggleItalic().run()}
          disabled={!editable}
          aria-pressed={editor.isActive("italic")}
        >
          <em>{t("italic")}</em>
        </button>
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
