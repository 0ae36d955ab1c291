// Links a jump by hand: the part that says 下转 and the part that says 上接,
// when the importer could not pair them (or an editor paired them wrongly
// and unlinked them). The markers are generated from the new link.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import {
  ConflictError,
  type UserFacingError,
  ValidationError,
} from "@/lib/errors";
import { type LinkProblem, linkProblem } from "@/lib/jumps/continuation-link";

import { generateMarkers } from "./follow-links";
import { partNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";

const id = z.string().min(1).max(100);

/** What the editor is told for each rule of lib/jumps/continuation-link.ts a link breaks. */
const LINK_REFUSED: Record<LinkProblem, () => UserFacingError> = {
  "not-in-issue": partNotInIssue,
  "same-page": () =>
    new ValidationError(
      "A jump goes to another page.",
      "转版只能转到其他版面。",
    ),
  "out-of-order": () =>
    new ValidationError(
      "Parts of one article continue in their order.",
      "同一稿件的各部分须按顺序衔接。",
    ),
  "origin-continues": () =>
    new ConflictError(
      "This part already continues on another page; unlink that first.",
      "这部分已转到其他版面，请先解除原有链接。",
    ),
  "continuation-has-origin": () =>
    new ConflictError(
      "That part already continues another one; unlink that first.",
      "那部分已是其他稿件的续版，请先解除原有链接。",
    ),
};

/** The body of POST /api/issues/:id/layout/jumps/link. */
export const linkJumpSchema = z
  .object({ fromPlacementId: id, toPlacementId: id })
  .strict();

/**
 * Makes `toPlacementId` the continuation of `fromPlacementId`: the open
 * jump leaving the first part is linked, or a jump is made. ValidationError
 * for parts of another issue, on one page, or in the wrong order of one
 * article; ConflictError when the first part already continues elsewhere or
 * the second already continues something (unlink that first).
 */
export async function linkJump(
  prisma: Db,
  issueId: string,
  request: z.input<typeof linkJumpSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number; jumpId: string }> {
  const input = linkJumpSchema.parse(request);
  return changeLayout<{ jumpId: string }, "layout.link">(
    prisma,
    issueId,
    userId,
    "layout.link",
    async (tx) => {
      const select = {
        id: true,
        articleId: true,
        part: true,
        pageId: true,
        page: { select: { issueId: true, number: true } },
        jumpOut: { select: { id: true, toPlacementId: true } },
        jumpIn: { select: { id: true } },
      } as const;
      const [from, to] = await Promise.all([
        tx.placement.findUnique({
          where: { id: input.fromPlacementId },
          select,
        }),
        tx.placement.findUnique({ where: { id: input.toPlacementId }, select }),
      ]);
      if (!from || !to) throw partNotInIssue();
      const end = (p: typeof from) => ({
        issueId: p.page.issueId,
        pageId: p.pageId,
        articleId: p.articleId,
        part: p.part,
      });
      const problem = linkProblem(
        issueId,
        { ...end(from), continues: !!from.jumpOut?.toPlacementId },
        { ...end(to), hasOrigin: !!to.jumpIn },
      );
      if (problem) throw LINK_REFUSED[problem]();
      const jumpId =
        from.jumpOut?.id ??
        (
          await tx.jump.create({
            data: {
              fromPlacementId: from.id,
              toPageNumber: to.page.number,
              markerOut: "",
            },
            select: { id: true },
          })
        ).id;
      await tx.jump.update({
        where: { id: jumpId },
        data: { toPlacementId: to.id },
      });
      await generateMarkers(tx, jumpId);
      return {
        result: { jumpId },
        audit: {
          jumpId,
          from: from.page.number,
          to: to.page.number,
          fromPlacementId: from.id,
          toPlacementId: to.id,
        },
      };
    },
  );
}
