// Moves an article part on the layout board: to another page, to another
// place on its page, onto a page from 未分配 (unassigned), or back there.
// The move names the layout version the editor's board showed. On a newer
// layout it still goes ahead when what it relies on is unchanged — the part
// is where the editor saw it and the part it goes after is still on the
// target page — and is refused otherwise, so nothing is silently put back.
import "server-only";

import { randomUUID } from "node:crypto";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { captureJumps, followLinks } from "./follow-links";
import {
  alreadyOnPage,
  boardOutOfDate,
  pageNotInIssue,
  partNotInIssue,
} from "./layout-errors";
import { changeLayout } from "./lock-layout";
import { pageOrder, setPageOrder } from "./set-page-order";

const id = z.string().min(1).max(100);

/** The body of POST /api/issues/:id/layout/move. */
export const moveRequestSchema = z
  .object({
    /** The layoutVersion of the board the editor moved on. */
    baseVersion: z.number().int().min(0),
    /** The part moved; or, for a card from 未分配, the article. */
    placementId: id.optional(),
    articleId: id.optional(),
    /** The page the editor saw the part on; null for 未分配. */
    fromPageId: id.nullable(),
    /** The page it goes to; null for 未分配. */
    toPageId: id.nullable(),
    /** The part it goes after on that page, as the editor saw it; null for the top. */
    afterId: id.nullable(),
  })
  .strict()
  .refine(
    (r) => (r.placementId === undefined) !== (r.articleId === undefined),
    "name placementId or articleId",
  );
export type MoveRequest = z.input<typeof moveRequestSchema>;

export interface MoveResult {
  layoutVersion: number;
  /** The moved part's placement; null when the article went to 未分配. */
  placementId: string | null;
}

/**
 * Applies one move in one transaction (issue locked, layout version bumped,
 * audit event "layout.move"). ConflictError when the board was out of date
 * for this move; ValidationError for a page or part of another issue, a
 * second part of an article on one page, or sending an article that runs on
 * several pages to 未分配 (join its parts first); NotFoundError for an
 * unknown issue.
 */
export async function movePart(
  prisma: Db,
  issueId: string,
  request: MoveRequest,
  userId: string | null,
): Promise<MoveResult> {
  const move = moveRequestSchema.parse(request);
  return changeLayout<{ placementId: string | null }, "layout.move">(
    prisma,
    issueId,
    userId,
    "layout.move",
    async (tx, issue) => {
      const stale = issue.layoutVersion !== move.baseVersion;
      const refuse = (invalid: () => Error) => {
        throw stale ? boardOutOfDate() : invalid();
      };

      const target = move.toPageId
        ? await tx.page.findUnique({
            where: { id: move.toPageId },
            select: { id: true, issueId: true, number: true },
          })
        : null;
      if (move.toPageId && target?.issueId !== issueId) refuse(pageNotInIssue);

      let part: {
        id: string;
        articleId: string;
        pageId: string;
        pageNumber: number;
        parts: number;
      } | null = null;
      let articleId: string;
      if (move.placementId) {
        const p = await tx.placement.findUnique({
          where: { id: move.placementId },
          select: {
            id: true,
            articleId: true,
            pageId: true,
            page: { select: { issueId: true, number: true } },
            article: {
              select: {
                mergedIntoId: true,
                _count: { select: { placements: true } },
              },
            },
          },
        });
        if (!p || p.page.issueId !== issueId || p.article.mergedIntoId)
          refuse(partNotInIssue);
        if (p!.pageId !== move.fromPageId) throw boardOutOfDate();
        part = {
          id: p!.id,
          articleId: p!.articleId,
          pageId: p!.pageId,
          pageNumber: p!.page.number,
          parts: p!.article._count.placements,
        };
        articleId = p!.articleId;
      } else {
        const a = await tx.article.findUnique({
          where: { id: move.articleId! },
          select: {
            issueId: true,
            mergedIntoId: true,
            _count: { select: { placements: true } },
          },
        });
        if (a?.issueId !== issueId || a.mergedIntoId) refuse(partNotInIssue);
        // Someone placed it meanwhile: this card is no longer in 未分配.
        if (a!._count.placements > 0 || move.fromPageId !== null)
          throw boardOutOfDate();
        articleId = move.articleId!;
      }

      if (!target) {
        if (!part) return { result: { placementId: null }, audit: null };
        if (part.parts > 1) {
          throw new ValidationError(
            "This article runs on several pages; join its parts before taking it off the pages.",
            "这篇稿件分在多个版面，请先合并续版部分，再移出版面。",
          );
        }
        const captured = await captureJumps(tx, { placementIds: [part.id] });
        await tx.placement.delete({ where: { id: part.id } });
        await setPageOrder(tx, part.pageId, await pageOrder(tx, part.pageId));
        await followLinks(tx, captured);
        return {
          result: { placementId: null },
          audit: {
            articleId,
            placementId: part.id,
            from: part.pageNumber,
            to: null,
          },
        };
      }

      if (target.id !== part?.pageId) {
        const elsewhere = await tx.placement.findFirst({
          where: { articleId, pageId: target.id },
          select: { id: true },
        });
        if (elsewhere) refuse(() => alreadyOnPage(target.number));
      }
      const order = await pageOrder(tx, target.id, part?.id);
      const at = move.afterId === null ? 0 : order.indexOf(move.afterId) + 1;
      // The part it goes after left the page (or never was there): the editor's picture is out of date.
      if (at === 0 && move.afterId !== null) throw boardOutOfDate();

      const captured = part
        ? await captureJumps(tx, { placementIds: [part.id] })
        : [];
      const placementId = part?.id ?? randomUUID();
      if (!part)
        await tx.placement.create({
          data: {
            id: placementId,
            articleId,
            pageId: target.id,
            order: 0,
            part: 1,
          },
        });
      order.splice(at, 0, placementId);
      await setPageOrder(tx, target.id, order);
      if (part && part.pageId !== target.id)
        await setPageOrder(tx, part.pageId, await pageOrder(tx, part.pageId));
      await followLinks(tx, captured);
      return {
        result: { placementId },
        audit: {
          articleId,
          placementId,
          from: part?.pageNumber ?? null,
          to: target.number,
          position: at + 1,
        },
      };
    },
  );
}
