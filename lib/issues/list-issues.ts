import "server-only";

import { IssueStatus } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";

/** Every status, in the order an issue passes through them: the desk's filter lists them so. */
export const ISSUE_STATUSES = Object.values(IssueStatus);

/** The desk list's filters, as the filter form sends them (empty fields mean all). */
export const issueFilterSchema = z.object({
  /** YYYY-MM: issues dated in that month. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  status: z.enum(IssueStatus).optional().catch(undefined),
});
export type IssueFilter = z.infer<typeof issueFilterSchema>;

/** Articles of an issue by correction status: 待校, 校对中, 已校对, 已签发. */
export type IssueProgress = Record<
  "IMPORTED" | "EDITING" | "PROOFREAD" | "APPROVED",
  number
>;

/**
 * The desk's issue list (报纸期次): newest first, optionally of one month
 * and one status, with page and article counts and the articles' correction
 * progress (articles merged into another are not counted). Two queries.
 * `publicationIds` limits the list to those papers (the ones the user may
 * see, lib/auth/policy.ts publicationsWhere); "all" by default.
 */
export async function listIssues(
  prisma: Db,
  options: {
    take?: number;
    publicationIds?: "all" | readonly string[];
  } & IssueFilter = {},
) {
  const papers = options.publicationIds ?? "all";
  const where = {
    ...(papers === "all" ? {} : { publicationId: { in: [...papers] } }),
    ...(options.status ? { status: options.status satisfies IssueStatus } : {}),
    ...(options.month ? { date: monthRange(options.month) } : {}),
  };
  const issues = await prisma.issue.findMany({
    where,
    orderBy: [{ date: "desc" }],
    take: options.take ?? 60,
    select: {
      id: true,
      date: true,
      number: true,
      status: true,
      publication: { select: { id: true, name: true } },
      _count: { select: { pages: true } },
    },
  });
  const counts = issues.length
    ? await prisma.article.groupBy({
        by: ["issueId", "status"],
        where: { issueId: { in: issues.map((i) => i.id) }, mergedIntoId: null },
        _count: { _all: true },
      })
    : [];
  const progressOf = new Map<string, IssueProgress>();
  for (const c of counts) {
    const progress = progressOf.get(c.issueId) ?? {
      IMPORTED: 0,
      EDITING: 0,
      PROOFREAD: 0,
      APPROVED: 0,
    };
    progress[c.status] = c._count._all;
    progressOf.set(c.issueId, progress);
  }
  return issues.map((i) => {
    const progress = progressOf.get(i.id) ?? {
      IMPORTED: 0,
      EDITING: 0,
      PROOFREAD: 0,
      APPROVED: 0,
    };
    const articleCount =
      progress.IMPORTED +
      progress.EDITING +
      progress.PROOFREAD +
      progress.APPROVED;
    return {
      id: i.id,
      date: i.date.toISOString().slice(0, 10),
      number: i.number,
      status: i.status,
      publication: i.publication.name,
      publicationId: i.publication.id,
      pageCount: i._count.pages,
      articleCount,
      progress,
      /** Share of articles 已校对 or 已签发, 0–100 (0 for an issue without articles). */
      proofreadPercent: articleCount
        ? Math.round(
            (100 * (progress.PROOFREAD + progress.APPROVED)) / articleCount,
          )
        : 0,
    };
  });
}
export type IssueListItem = Awaited<ReturnType<typeof listIssues>>[number];

/** The dates of a month YYYY-MM as a Prisma range on a date column. */
function monthRange(month: string): { gte: Date; lt: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return {
    gte: new Date(Date.UTC(y, m - 1, 1)),
    lt: new Date(Date.UTC(y, m, 1)),
  };
}
