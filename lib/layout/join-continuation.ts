// Undoes a continuation: the part's paragraphs run on again in the part
// before it, on that page, and the jump between them goes. Whatever the
// removed part jumped to, the part before now jumps to.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { generateMarkers } from "./follow-links";
import { partNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";
import { readArticleParts, shiftParts } from "./read-article-parts";
import { pageOrder, setPageOrder } from "./set-page-order";

/** The body of POST /api/issues/:id/layout/join. */
export const joinContinuationSchema = z
  .object({ placementId: z.string().min(1).max(100) })
  .strict();

/**
 * Removes continuation part `placementId` (part 2 or later of its article)
 * and links the part before it to whatever came after. ValidationError for
 * a first part (a story's start cannot be joined to nothing; merge two
 * articles on the correction desk instead) or a part of another issue.
 */
export async function joinContinuation(
  prisma: Db,
  issueId: string,
  request: z.input<typeof joinContinuationSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number }> {
  const { placementId } = joinContinuationSchema.parse(request);
  return changeLayout<object, "layout.join">(
    prisma,
    issueId,
    userId,
    "layout.join",
    async (tx) => {
      const placement = await tx.placement.findUnique({
        where: { id: placementId },
        select: { articleId: true, page: { select: { issueId: true } } },
      });
      if (placement?.page.issueId !== issueId) throw partNotInIssue();
      const article = await readArticleParts(tx, placement.articleId);
      const k = article.parts.findIndex((p) => p.id === placementId);
      const part = article.parts[k]!;
      const before = article.parts[k - 1];
      if (!before) {
        throw new ValidationError(
          "This is where the article starts; only a continuation can be joined back.",
          "这是稿件的开头部分，只有续版部分可以并回。",
        );
      }
      const onward = part.jumpOut?.toPlacementId ?? null;
      // Deleting the part drops its own jump and leaves the one into it open.
      await tx.placement.delete({ where: { id: placementId } });
      await setPageOrder(tx, part.pageId, await pageOrder(tx, part.pageId));
      await shiftParts(tx, article.id, part.part, -1);
      if (part.jumpIn && part.jumpIn.fromPlacementId === before.id) {
        if (onward) {
          await tx.jump.update({
            where: { id: part.jumpIn.id },
            data: { toPlacementId: onward },
          });
          await generateMarkers(tx, part.jumpIn.id);
        } else {
          await tx.jump.delete({ where: { id: part.jumpIn.id } });
        }
      }
      return {
        result: {},
        audit: {
          articleId: article.id,
          placementId,
          page: part.pageNumber,
          into: before.pageNumber,
        },
      };
    },
  );
}
