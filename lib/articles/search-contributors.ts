// Autocomplete for the bylines editor: the article's publication's
// contributors whose name contains what was typed, most credited first.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { articleNotFound } from "./not-found-error";

/** The query of GET /api/contributors?articleId=…&q=… */
export const contributorQuerySchema = z.object({
  articleId: z.string().min(1).max(100),
  q: z.string().max(40).default(""),
});

/** GET /api/contributors answers { contributors: ContributorOption[] }. */
export interface ContributorOption {
  id: string;
  name: string;
  /** Bylines crediting them, in all issues. */
  credits: number;
}

const LIMIT = 20;

/** NotFoundError for an unknown article. */
export async function searchContributors(
  prisma: Db,
  articleId: string,
  q: string,
): Promise<ContributorOption[]> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { issue: { select: { publicationId: true } } },
  });
  if (!article) throw articleNotFound();
  const text = q.trim();
  const rows = await prisma.contributor.findMany({
    where: {
      publicationId: article.issue.publicationId,
      ...(text ? { name: { contains: text, mode: "insensitive" } } : {}),
    },
    orderBy: [{ bylines: { _count: "desc" } }, { name: "asc" }],
    take: LIMIT * 3,
    select: { id: true, name: true, _count: { select: { bylines: true } } },
  });
  // Names that start with what was typed come first.
  const starts = (name: string) => (text && name.startsWith(text) ? 0 : 1);
  return rows
    .map((r, i) => ({ id: r.id, name: r.name, credits: r._count.bylines, i }))
    .sort((a, b) => starts(a.name) - starts(b.name) || a.i - b.i)
    .slice(0, LIMIT)
    .map(({ id, name, credits }) => ({ id, name, credits }));
}
