// A printed jump marker, （下转3版） or （上接1版）, as a link to the other part
// of the story when it is linked (the reader follows the jump).
import styles from "./article-view.module.css";

export interface JumpMarkerProps {
  marker: string;
  /** Where the other part is; null while the jump waits for its continuation. */
  href: string | null;
  direction: "out" | "in";
}

/** The marker, linked when `href` is given. */
export function JumpMarker({ marker, href, direction }: JumpMarkerProps) {
  const className = `${styles.marker} ${direction === "out" ? styles.markerOut : ""}`;
  const testId = direction === "out" ? "marker-out" : "marker-in";
  return href ? (
    <a className={className} href={href} data-testid={testId}>
      {marker}
    </a>
  ) : (
    <span className={className} data-testid={testId}>
      {marker}
    </span>
  );
}
