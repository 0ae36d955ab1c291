// The Tiptap extensions of an article body, exactly the nodes and marks that
// tiptap-schema.ts allows: paragraph, subhead (level-3 heading), caption,
// bold, italic, hard break, and undo history. The correction desk's editor
// and the server-side renderer both use this list, so what an editor sees is
// what the page view renders.
import { mergeAttributes, Node } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** 图说: a photo caption, a block of its own (rendered as p.caption). */
export const Caption = Node.create({
  name: "caption",
  group: "block",
  content: "inline*",
  defining: true,
  parseHTML() {
    return [{ tag: "p.caption", priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["p", mergeAttributes(HTMLAttributes, { class: "caption" }), 0];
  },
});

export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [3] },
    blockquote: false,
    bulletList: false,
    code: false,
    codeBlock: false,
    dropcursor: false,
    gapcursor: false,
    horizontalRule: false,
    link: false,
    listItem: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    trailingNode: false,
    underline: false,
  }),
  Caption,
];
