// One article of a published issue on a page of its own: every part in
// order (the jump markers link across pages), then its 更正 notes.
import { ArticlePart } from "@/components/article-view/article-part";
import styles from "@/components/article-view/article-view.module.css";
import type { IssueSnapshot } from "@/lib/publishing/issue-snapshot";

import { CorrectionNotes } from "./correction-notes";
import type { ReaderHrefs } from "./reader-hrefs";

/** The parts of `articleId` across the snapshot's pages, or null when it has none. */
export function articleParts(snapshot: IssueSnapshot, articleId: string) {
  const parts = snapshot.pages
    .flatMap((p) => p.parts)
    .filter((p) => p.articleId === articleId)
    .sort((a, b) => a.part - b.part);
  return parts.length > 0 ? parts : null;
}

export function ReaderArticle({
  snapshot,
  articleId,
  hrefs,
}: {
  snapshot: IssueSnapshot;
  articleId: string;
  hrefs: ReaderHrefs;
}) {
  const parts = articleParts(snapshot, articleId) ?? [];
  return (
    <section className={styles.page} data-testid="reader-article">
      {parts.map((part) => (
        <ArticlePart
          key={part.placementId}
          part={part}
          hrefFor={(link) =>
            `${hrefs.page(link.page)}#part-${link.placementId}`
          }
        />
      ))}
      <CorrectionNotes notes={snapshot.corrections[articleId] ?? []} />
    </section>
  );
}
