// The reader site's URLs, /e/<paper>/<date>/<page>/<article>, and the same
// structure under /preview for staff.

export interface ReaderHrefs {
  issue: string;
  page(number: number): string;
  article(page: number, articleId: string): string;
}

/** URLs under `/e` (readers) or `/preview/e` (staff preview) for one issue. */
export function readerHrefs(
  mode: "live" | "preview",
  paper: string,
  date: string,
): ReaderHrefs {
  const issue = `${mode === "live" ? "" : "/preview"}/e/${encodeURIComponent(paper)}/${date}`;
  return {
    issue,
    page: (n) => `${issue}/${n}`,
    article: (n, id) => `${issue}/${n}/${encodeURIComponent(id)}`,
  };
}
