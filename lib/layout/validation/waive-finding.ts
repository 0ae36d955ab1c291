// Waives a validation finding with the reason an editor gives (a page left
// empty for an advertisement, a commentary signed by its column), or takes
// the waiver back. A waiver names the finding's key, so it lapses when the
// finding changes.
import "server-only";

import { z } from "zod";

import { issueNotFound } from "@/lib/articles/not-found-error";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { loadLayout } from "../load-layout";
import { validateLayout } from "./validate-layout";

/** The body of POST /api/issues/:id/waivers. */
export const waiveFindingSchema = z
  .object({
    finding: z.string().min(1).max(300),
    /** Why the issue may go out with it: shown to the reviewer. */
    reason: z.string().trim().min(2).max(500),
  })
  .strict();

/** The body of DELETE /api/issues/:id/waivers. */
export const unwaiveFindingSchema = z
  .object({ finding: z.string().min(1).max(300) })
  .strict();

/**
 * Records (or replaces) the waiver of a current finding, with an audit
 * event. ValidationError for a finding the issue does not have (fixed
 * meanwhile, or never there); NotFoundError for an unknown issue.
 */
export async function waiveFinding(
  prisma: Db,
  issueId: string,
  request: z.input<typeof waiveFindingSchema>,
  userId: string | null,
): Promise<{ finding: string }> {
  const { finding, reason } = waiveFindingSchema.parse(request);
  const layout = await loadLayout(prisma, issueId);
  if (!layout) throw issueNotFound();
  if (!validateLayout(layout).some((f) => f.key === finding)) {
    throw new ValidationError(
      "The issue no longer has this finding; nothing to waive.",
      "本期已没有这项检查结果，无需说明。",
    );
  }
  await prisma.$transaction([
    prisma.validationWaiver.upsert({
      where: { issueId_finding: { issueId, finding } },
      create: { issueId, finding, reason, waivedById: userId },
      update: { reason, waivedById: userId, createdAt: new Date() },
    }),
    prisma.auditEvent.create({
      data: {
        actorId: userId,
        action: "issue.waive",
        entityType: "Issue",
        entityId: issueId,
        data: { finding, reason },
      },
    }),
  ]);
  return { finding };
}

/** Takes a waiver back (nothing happens when there is none), with an audit event. */
export async function unwaiveFinding(
  prisma: Db,
  issueId: string,
  request: z.input<typeof unwaiveFindingSchema>,
  userId: string | null,
): Promise<{ finding: string }> {
  const { finding } = unwaiveFindingSchema.parse(request);
  const { count } = await prisma.validationWaiver.deleteMany({
    where: { issueId, finding },
  });
  if (count > 0) {
    await prisma.auditEvent.create({
      data: {
        actorId: userId,
        action: "issue.unwaive",
        entityType: "Issue",
        entityId: issueId,
        data: { finding },
      },
    });
  }
  return { finding };
}
