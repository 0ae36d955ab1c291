// What a reviewer signs: a page as it stands — which article parts it
// carries in which order, and the version of each article's text. Stored
// with the sign-off (signedState) so its diff can be shown once a later
// change revoked it, and hashed (stateKey) so what a reviewer saw on screen
// is what they sign.
import { createHash } from "node:crypto";

import type { Prisma } from "@prisma/client";

export interface PagePart {
  articleId: string;
  headline: string;
  /** Article.version when read: the Revision of that version holds the text. */
  version: number;
  part: number;
  order: number;
}

export interface PageState {
  pageId: string;
  number: number;
  name: string | null;
  parts: PagePart[];
}

/** sha256 (hex, 16 characters) of the state's canonical JSON. */
export function stateKeyOf(state: PageState): string {
  const canonical = JSON.stringify([
    state.number,
    state.name,
    state.parts.map((p) => [p.articleId, p.version, p.part, p.order]),
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

/**
 * Every page of the issue with its parts in page order, in one query.
 * Pages without articles come back with `parts: []`.
 */
export async function readPageStates(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  issueId: string,
): Promise<PageState[]> {
  const rows = await tx.$queryRaw<
    {
      pageId: string;
      number: number;
      name: string | null;
      articleId: string | null;
      headline: string | null;
      version: number | null;
      part: number | null;
      order: number | null;
    }[]
  >`
    SELECT p."id" AS "pageId", p."number", p."name",
           a."id" AS "articleId", a."headline", a."version", pl."part", pl."order"
      FROM "Page" p
      LEFT JOIN "Placement" pl ON pl."pageId" = p."id"
      LEFT JOIN "Article" a ON a."id" = pl."articleId"
     WHERE p."issueId" = ${issueId}
     ORDER BY p."number", pl."order", pl."part"`;
  const pages = new Map<string, PageState>();
  for (const row of rows) {
    let page = pages.get(row.pageId);
    if (!page) {
      page = {
        pageId: row.pageId,
        number: row.number,
        name: row.name,
        parts: [],
      };
      pages.set(row.pageId, page);
    }
    if (row.articleId !== null)
      page.parts.push({
        articleId: row.articleId,
        headline: row.headline ?? "",
        version: row.version!,
        part: row.part!,
        order: row.order!,
      });
  }
  return [...pages.values()];
}
