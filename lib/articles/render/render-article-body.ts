// Server-side HTML of an article body: rendered by @tiptap/html with the
// editor's own extensions, then sanitized to the tags those extensions emit.
import "server-only";

// The server build explicitly: a require() (tsx, the CLI, the benchmarks) would get the browser one.
import { generateHTML } from "@tiptap/html/server";
import sanitizeHtml from "sanitize-html";

import { articleExtensions } from "../editor-extensions";
import { articleDocSchema } from "../tiptap-schema";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h3", "strong", "em", "br"],
  allowedAttributes: { p: ["class"] },
  allowedClasses: { p: ["caption"] },
  disallowedTagsMode: "discard",
};

/**
 * HTML for a stored body (Tiptap JSON). The body is validated against the
 * article schema first; throws a ZodError for one that is not a valid
 * article document (stored content never is, see save-article.ts).
 */
export function renderArticleBody(body: unknown): string {
  const doc = articleDocSchema.parse(body);
  return sanitizeHtml(generateHTML(doc, articleExtensions), SANITIZE);
}
