"use client";

// The article body: the desk's editor (DeskEditorProvider) with its
// formatting toolbar, editable when the desk says so.
import { EditorContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { useDeskEditor } from "./desk-editor-context";

export function BodyEditor({ editable }: { editable: boolean }) {
  const t = useTranslations("editor");
  const { editor } = useDeskEditor();

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

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
