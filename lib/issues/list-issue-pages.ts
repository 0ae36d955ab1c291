import "server-only";

import type { Db } from "@/lib/db/client";

/** The pages (版) of an issue in order: id, 版次 and 版名 — e.g. for the desk's "continue on page" control. */
export async function listIssuePages(
  prisma: Db,
  issueId: string,
): Promise<{ id: string; number: number; name: string | null }[]> {
  return prisma.page.findMany({
    where: { issueId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, name: true },
  });
}
