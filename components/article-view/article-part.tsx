// One part of an article on a page, as it prints: where the story starts
// its rubric (栏目) above its full header, credits and body up to （下转N版）; a continuation its
// repeated headline, （上接M版）, then its paragraphs. Markers link to the
// other part, so one article reads across its parts.
import type { PagePart, PartLink } from "@/lib/layout/get-page-view";

import { ArticleBody } from "./article-body";
import { ArticleCredits } from "./article-credits";
import { ArticleHeader } from "./article-header";
import styles from "./article-view.module.css";
import { JumpMarker } from "./jump-marker";

export interface ArticlePartProps {
  part: PagePart;
  /** The URL of the other part a marker names (on its page); e.g. `/desk/issues/…/pages/2#part-…`. */
  hrefFor: (link: PartLink) => string;
}

/** The part as a <article> with id `part-<placementId>`, the target of the other part's marker. */
export function ArticlePart({ part, hrefFor }: ArticlePartProps) {
  const href = (link: PartLink) => (link.placementId ? hrefFor(link) : null);
  return (
    <article
      id={`part-${part.placementId}`}
      className={styles.part}
      data-testid="page-part"
      data-article-id={part.articleId}
    >
      {part.rubric && (
        <div className={styles.rubrics} data-testid="part-rubric">
          <span className={styles.rubric}>{part.rubric}</span>
        </div>
      )}
      <ArticleHeader
        kicker={part.part === 1 ? part.kicker : null}
        headline={part.headline}
        deck={part.part === 1 ? part.deck : null}
        continued={part.part > 1}
      />
      {part.part === 1 && (
        <ArticleCredits bylines={part.bylines} dateline={part.dateline} />
      )}
      {part.jumpIn && (
        <JumpMarker
          marker={part.jumpIn.marker}
          href={href(part.jumpIn)}
          direction="in"
        />
      )}
      <ArticleBody html={part.bodyHtml} />
      {part.jumpOut && (
        <JumpMarker
          marker={part.jumpOut.marker}
          href={href(part.jumpOut)}
          direction="out"
        />
      )}
    </article>
  );
}
