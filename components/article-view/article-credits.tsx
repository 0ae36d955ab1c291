// The credits under a headline: bylines as printed (记者 王芳 · 本报评论员)
// and the dateline (本报讯, 新华社北京1月2日电).
import styles from "./article-view.module.css";

export interface CreditByline {
  label: string;
  /** Null for an institutional byline (本报评论员). */
  name: string | null;
}

/** Bylines and dateline; nothing when there are neither. */
export function ArticleCredits({
  bylines,
  dateline,
}: {
  bylines: readonly CreditByline[];
  dateline: string | null;
}) {
  if (bylines.length === 0 && !dateline) return null;
  return (
    <p className={styles.credits}>
      {dateline && <span className={styles.dateline}>{dateline}</span>}
      {bylines.map((b, i) => (
        <span key={i} data-testid="byline">
          {b.name ? `${b.label} ${b.name}` : b.label}
        </span>
      ))}
    </p>
  );
}
