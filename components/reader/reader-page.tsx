// One page (版) of a published issue as the reader site shows it, and the
// same for a staff preview: page links, the page's rubrics, the parts of its
// articles (components/article-view), and each article's 更正 notes after
// its last part. Renders a snapshot only (lib/publishing/issue-snapshot.ts).
import Link from "next/link";

import { ArticlePart } from "@/components/article-view/article-part";
import styles from "@/components/article-view/article-view.module.css";
import { PageRubrics } from "@/components/article-view/page-rubrics";
import type {
  IssueSnapshot,
  SnapshotPage,
} from "@/lib/publishing/issue-snapshot";

import { CorrectionNotes } from "./correction-notes";
import { type ReaderHrefs } from "./reader-hrefs";

export interface ReaderPageProps {
  snapshot: IssueSnapshot;
  page: SnapshotPage;
  hrefs: ReaderHrefs;
  /** Words from messages (the reader site's language). */
  words: {
    page: (n: number) => string;
    pages: string;
    empty: string;
    readArticle: string;
  };
}

export function ReaderPage({ snapshot, page, hrefs, words }: ReaderPageProps) {
  return (
    <>
      <nav aria-label={words.pages} className="progress">
        {snapshot.pages.map((p) =>
          p.number === page.number ? (
            <strong key={p.number}>{words.page(p.number)}</strong>
          ) : (
            <Link key={p.number} href={hrefs.page(p.number)}>
              {words.page(p.number)}
            </Link>
          ),
        )}
      </nav>
      <section className={styles.page} data-testid="reader-page">
        <PageRubrics rubrics={page.rubrics} />
        {page.parts.length === 0 ? (
          <p className="muted">{words.empty}</p>
        ) : (
          page.parts.map((part) => (
            <div key={part.placementId}>
              <ArticlePart
                part={part}
                hrefFor={(link) =>
                  `${hrefs.page(link.page)}#part-${link.placementId}`
                }
              />
              {part.part === part.partCount && (
                <CorrectionNotes
                  notes={snapshot.corrections[part.articleId] ?? []}
                />
              )}
              {part.part === 1 && (
                <p>
                  <Link href={hrefs.article(page.number, part.articleId)}>
                    {words.readArticle}
                  </Link>
                </p>
              )}
            </div>
          ))
        )}
      </section>
    </>
  );
}
