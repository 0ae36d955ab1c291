// Removes a page from an issue. Its articles go to 未分配 (unassigned), never
// with it; a page holding part of an article that runs over several pages is
// refused until that part is joined back or moved, so no jump is cut.
import "server-only";

import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { captureJumps, followLinks } from "./follow-links";
import { pageNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";

/**
 * Deletes the page; its single-part articles become unassigned. The OCR
 * files imported for it stay on record (their page link is cleared).
 * ValidationError for a page of another issue or one holding part of a
 * jumped article.
 */
export async function removePage(
  prisma: Db,
  issueId: string,
  pageId: string,
  userId: string | null,
): Promise<{ layoutVersion: number }> {
  return changeLayout<object, "layout.page.remove">(
    prisma,
    issueId,
    userId,
    "layout.page.remove",
    async (tx) => {
      const page = await tx.page.findUnique({
        where: { id: pageId },
        select: {
          issueId: true,
          number: true,
          name: true,
          placements: {
            select: {
              id: true,
              articleId: true,
              article: {
                select: {
                  headline: true,
                  _count: { select: { placements: true } },
                },
              },
            },
          },
        },
      });
      if (page?.issueId !== issueId) throw pageNotInIssue();
      const jumped = page.placements.find(
        (p) => p.article._count.placements > 1,
      );
      if (jumped) {
        throw new ValidationError(
          `“${jumped.article.headline}” runs on from or to page ${page.number}; join or move that part first.`,
          `《${jumped.article.headline}》在第${page.number}版有转版部分，请先并回或移走这部分。`,
        );
      }
      const captured = await captureJumps(tx, {
        placementIds: page.placements.map((p) => p.id),
      });
      await tx.page.delete({ where: { id: pageId } });
      await followLinks(tx, captured);
      return {
        result: {},
        audit: {
          pageId,
          number: page.number,
          name: page.name,
          unassigned: page.placements.map((p) => p.articleId),
        },
      };
    },
  );
}
