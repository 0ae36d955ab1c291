// 引题, 标题 and 副题 as printed over an article; over a continuation the
// headline is repeated smaller, as papers print it on the page it jumps to.
import styles from "./article-view.module.css";

export interface ArticleHeaderProps {
  kicker: string | null;
  headline: string;
  deck: string | null;
  /** A continuation (part 2…): the headline alone, smaller. */
  continued?: boolean;
  /** Heading level of the headline on the page (2 on a page view). */
  level?: 2 | 3;
}

/** Kicker, headline and deck (the deck printed with its leading dash). */
export function ArticleHeader({
  kicker,
  headline,
  deck,
  continued = false,
  level = 2,
}: ArticleHeaderProps) {
  const Heading = level === 2 ? "h2" : "h3";
  if (continued)
    return (
      <Heading className={`${styles.headline} ${styles.continued}`}>
        {headline}
      </Heading>
    );
  return (
    <header>
      {kicker && <p className={styles.kicker}>{kicker}</p>}
      <Heading className={styles.headline}>{headline}</Heading>
      {deck && <p className={styles.deck}>——{deck}</p>}
    </header>
  );
}
