// What readers get of one published version of an issue: every page with its
// rubrics and the parts of its articles in order, each with its HTML, and
// the correction notes (更正) of articles changed after a first publication.
// Stored whole in PublishedIssue.snapshot; the reader site renders only this.
import type { PagePart, PageView } from "@/lib/layout/get-page-view";

/** A dated correction note (更正) shown under an article. */
export interface CorrectionNote {
  /** YYYY-MM-DD in the publication's time zone. */
  date: string;
  note: string;
  /** The published version that carried the correction first. */
  version: number;
}

export interface SnapshotPage {
  number: number;
  name: string | null;
  rubrics: string[];
  furniture: string[];
  parts: PagePart[];
}

export interface IssueSnapshot {
  /** Bumped when this shape changes; readers of older versions keep working from it. */
  format: 1;
  issue: {
    id: string;
    /** YYYY-MM-DD. */
    date: string;
    number: number | null;
  };
  publication: { id: string; name: string; slug: string; timezone: string };
  pages: SnapshotPage[];
  /** Correction notes by article id, oldest first, accumulated across versions. */
  corrections: Record<string, CorrectionNote[]>;
}

/** The snapshot's page as get-page-view shapes one (the staff page view and the reader share components). */
export function snapshotPage(view: PageView): SnapshotPage {
  return {
    number: view.page.number,
    name: view.page.name,
    rubrics: view.page.rubrics,
    furniture: view.page.furniture,
    parts: view.parts,
  };
}

/** The text of an article's parts across the snapshot (what a correction compares). */
export function articleTexts(snapshot: IssueSnapshot): Map<string, string> {
  const texts = new Map<string, string>();
  for (const page of snapshot.pages)
    for (const part of page.parts) {
      const head =
        part.part === 1
          ? [part.kicker, part.headline, part.deck, part.dateline]
              .concat(part.bylines.map((b) => `${b.label}${b.name ?? ""}`))
              .join("\n")
          : "";
      texts.set(
        part.articleId,
        `${texts.get(part.articleId) ?? ""}${head}\n${part.bodyHtml}`,
      );
    }
  return texts;
}
