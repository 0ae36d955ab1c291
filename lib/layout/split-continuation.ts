// Splits an article at a paragraph onto another page as its continuation:
// the same article gets a further part (a Placement) that starts at that
// paragraph, and the part it was cut from jumps to it. Unlike splitting off
// a new article (lib/articles/split-article.ts), the text stays one body;
// only where each page's part begins is recorded. The markers （下转N版）
// and （上接M版） are generated from the new link.
import "server-only";

import { randomUUID } from "node:crypto";

import { z } from "zod";

import { anchorOf } from "@/lib/articles/part-blocks";
import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { jumpMarkers } from "@/lib/jumps/jump-markers";

import { generateMarkers } from "./follow-links";
import { alreadyOnPage, pageNotInIssue, partNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";
import { readArticleParts, shiftParts } from "./read-article-parts";
import { pageOrder, setPageOrder } from "./set-page-order";

const id = z.string().min(1).max(100);

/** The body of POST /api/issues/:id/layout/continuations. */
export const splitContinuationSchema = z
  .object({
    articleId: id,
    /** Index of the body block the continuation starts with (≥ 1). */
    atBlock: z.number().int().min(1),
    /** The page the continuation goes to. */
    toPageId: id,
    /** The article version the editor chose the paragraph in; refused if the text changed since. */
    baseVersion: z.number().int().min(1),
    /** Place it after this part on the target page; by default it goes last. */
    afterId: id.nullable().optional(),
  })
  .strict();
export type SplitContinuationRequest = z.input<typeof splitContinuationSchema>;

export interface SplitContinuationResult {
  layoutVersion: number;
  /** The continuation's placement and its part number. */
  placementId: string;
  part: number;
  /** The markers now printed: （下转N版） on the part before, （上接M版） on the continuation. */
  markerOut: string;
  markerIn: string;
}

/**
 * Cuts the part holding block `atBlock` before that block and places the
 * rest of that part on `toPageId`, as the part after it; a jump already
 * leaving the cut part (an open 下转 from the importer, or a link to a later
 * part) now leaves from the continuation or arrives at it. ValidationError
 * for a block that starts a part or lies outside the body, a page of
 * another issue or one the article is already on; ConflictError when the
 * article changed after `baseVersion`.
 */
export async function splitContinuation(
  prisma: Db,
  issueId: string,
  request: SplitContinuationRequest,
  userId: string | null,
): Promise<SplitContinuationResult> {
  const input = splitContinuationSchema.parse(request);
  return changeLayout<
    Omit<SplitContinuationResult, "layoutVersion">,
    "layout.continue"
  >(prisma, issueId, userId, "layout.continue", async (tx) => {
    const page = await tx.page.findUnique({
      where: { id: input.toPageId },
      select: { id: true, issueId: true, number: true },
    });
    if (page?.issueId !== issueId) throw pageNotInIssue();
    const article = await readArticleParts(tx, input.articleId);
    if (article.issueId !== issueId) throw partNotInIssue();
    if (article.version !== input.baseVersion) {
      throw new ConflictError(
        "The article changed since the paragraph was chosen; choose it again.",
        "稿件在选择段落后已被修改，请重新选择。",
      );
    }
    const k = article.parts.findLastIndex((p) => p.start <= input.atBlock);
    const cut = article.parts[k];
    if (!cut || input.atBlock <= cut.start || input.atBlock >= cut.end) {
      throw new ValidationError(
        "Split at a paragraph inside a part, after its first one.",
        "请选择某一部分中第一段之后的段落拆分。",
      );
    }
    if (article.parts.some((p) => p.pageId === page.id))
      throw alreadyOnPage(page.number);

    await shiftParts(tx, article.id, cut.part, 1);
    const placementId = randomUUID();
    await tx.placement.create({
      data: {
        id: placementId,
        articleId: article.id,
        pageId: page.id,
        order: 0,
        part: cut.part + 1,
        startBlock: input.atBlock,
        startAnchor: anchorOf(article.blocks[input.atBlock] ?? ""),
      },
    });
    const order = await pageOrder(tx, page.id, placementId);
    const at = input.afterId ? order.indexOf(input.afterId) + 1 : order.length;
    if (input.afterId && at === 0) throw pageNotInIssue();
    order.splice(at, 0, placementId);
    await setPageOrder(tx, page.id, order);

    const markers = jumpMarkers(cut.pageNumber, page.number);
    // The cut part now jumps here; whatever it jumped to before, the continuation jumps to.
    const out = cut.jumpOut;
    if (out) {
      await tx.jump.update({
        where: { id: out.id },
        data: { toPlacementId: placementId, toPageNumber: page.number },
      });
      await generateMarkers(tx, out.id);
      if (out.toPlacementId) {
        const onward = await tx.jump.create({
          data: {
            fromPlacementId: placementId,
            toPlacementId: out.toPlacementId,
            toPageNumber: 0,
            markerOut: "",
          },
          select: { id: true },
        });
        await generateMarkers(tx, onward.id);
      }
    } else {
      await tx.jump.create({
        data: {
          fromPlacementId: cut.id,
          toPlacementId: placementId,
          toPageNumber: page.number,
          markerOut: markers.out,
          markerIn: markers.in,
        },
      });
    }
    return {
      result: {
        placementId,
        part: cut.part + 1,
        markerOut: markers.out,
        markerIn: markers.in,
      },
      audit: {
        articleId: article.id,
        atBlock: input.atBlock,
        from: cut.pageNumber,
        to: page.number,
        placementId,
      },
    };
  });
}
