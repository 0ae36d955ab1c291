import "server-only";

import type { Db } from "@/lib/db/client";

/** The desk's issue list: newest first, with page and article counts. */
export async function listIssues(prisma: Db, options: { take?: number } = {}) {
  const issues = await prisma.issue.findMany({
    orderBy: [{ date: "desc" }],
    take: options.take ?? 60,
    select: {
      id: true,
      date: true,
      number: true,
      status: true,
      publication: { select: { id: true, name: true } },
      _count: { select: { pages: true, articles: true } },
    },
  });
  return issues.map((i) => ({
    id: i.id,
    date: i.date.toISOString().slice(0, 10),
    number: i.number,
    status: i.status,
    publication: i.publication.name,
    publicationId: i.publication.id,
    pageCount: i._count.pages,
    articleCount: i._count.articles,
  }));
}
export type IssueListItem = Awaited<ReturnType<typeof listIssues>>[number];
