// An article body (or one part of it) as HTML the server rendered from the
// stored Tiptap JSON and sanitized (lib/articles/render/render-article-body.ts).
import styles from "./article-view.module.css";

/** The body HTML; it must come from renderArticleBody, never from a client. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
