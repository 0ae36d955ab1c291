// Creates an issue (报纸期次) of a publication for a date, with its 期号 and
// the pages of the publication's default plan — before any page is
// imported, so editors can plan the layout first.
import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { readPagePlan } from "./page-plan";
import { parseIssueDate } from "./parse-issue-date";

/** What the create-issue form sends. */
export const createIssueSchema = z
  .object({
    publicationId: z.string().min(1).max(100),
    /** YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** 期号: the running number printed in the masthead. */
    number: z.number().int().min(1).max(1_000_000).nullable(),
    /** Which pages of the plan to create (by number); all of them when absent. */
    pages: z.array(z.number().int().min(1).max(999)).max(64).optional(),
  })
  .strict();
export type CreateIssueRequest = z.input<typeof createIssueSchema>;

/**
 * Creates the issue and its pages in one transaction, with an audit event.
 * ConflictError when the publication already has an issue that day or one
 * with that 期号; ValidationError for an invalid date.
 */
export async function createIssue(
  prisma: Db,
  request: CreateIssueRequest,
  userId: string | null,
): Promise<{ issueId: string }> {
  const input = createIssueSchema.parse(request);
  const date = parseIssueDate(input.date);
  return prisma.$transaction(async (tx) => {
    const publication = await tx.publication.findUniqueOrThrow({
      where: { id: input.publicationId },
      select: { pagePlan: true },
    });
    const existing = await tx.issue.findFirst({
      where: {
        publicationId: input.publicationId,
        OR: [
          { date },
          ...(input.number !== null ? [{ number: input.number }] : []),
        ],
      },
      select: { date: true, number: true },
    });
    if (existing)
      throw taken(
        existing.date.getTime() === date.getTime()
          ? { date: input.date }
          : { number: input.number! },
      );
    const wanted = input.pages ? new Set(input.pages) : null;
    const plan = readPagePlan(publication.pagePlan).filter(
      (p) => !wanted || wanted.has(p.number),
    );
    const issue = await tx.issue
      .create({
        data: {
          publicationId: input.publicationId,
          date,
          number: input.number,
          pages: {
            create: plan.map((p) => ({
              number: p.number,
              name: p.name,
              capacity: p.capacity,
            })),
          },
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        // Two editors creating the same day at once: the unique (publication, date) decides.
        if ((error as { code?: unknown }).code === "P2002")
          throw taken({ date: input.date });
        throw error;
      });
    await recordAudit(tx, {
      actorId: userId,
      publicationId: input.publicationId,
      event: {
        action: "issue.create",
        entityType: "Issue",
        entityId: issue.id,
        data: {
          date: input.date,
          number: input.number,
          pages: plan.map((p) => p.number),
        },
      },
    });
    return { issueId: issue.id };
  });
}

function taken(what: { date: string } | { number: number }): ConflictError {
  return "date" in what
    ? new ConflictError(
        `There is already an issue of ${what.date}.`,
        `${what.date} 的报纸期次已存在。`,
      )
    : new ConflictError(
        `Issue number ${what.number} is already taken.`,
        `期号 ${what.number} 已被其他期次使用。`,
      );
}
