// A page's rubrics (栏目 banners such as 一把手访谈) printed above its articles.
import styles from "./article-view.module.css";

/** The rubric banners; nothing when the page has none. */
export function PageRubrics({ rubrics }: { rubrics: readonly string[] }) {
  if (rubrics.length === 0) return null;
  return (
    <div className={styles.rubrics} data-testid="page-rubrics">
      {rubrics.map((r) => (
        <span key={r} className={styles.rubric}>
          {r}
        </span>
      ))}
    </div>
  );
}
