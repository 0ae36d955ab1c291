// The reader site's only source: the live published version of an issue,
// found by the paper's slug and the date. Never the editing tables.
import "server-only";

import type { Db } from "@/lib/db/client";

import type { IssueSnapshot } from "./issue-snapshot";

/**
 * The snapshot readers get for `slug`'s issue of `date` (YYYY-MM-DD), with
 * its version, or null when there is no such issue or none of it is public.
 */
export async function readLiveIssue(
  prisma: Db,
  slug: string,
  date: string,
): Promise<{ version: number; snapshot: IssueSnapshot } | null> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const issue = await prisma.issue.findFirst({
    where: {
      publication: { slug },
      date: new Date(`${date}T00:00:00Z`),
      liveVersion: { not: null },
    },
    select: { id: true, liveVersion: true },
  });
  if (!issue?.liveVersion) return null;
  const published = await prisma.publishedIssue.findUnique({
    where: {
      issueId_version: { issueId: issue.id, version: issue.liveVersion },
    },
    select: { version: true, snapshot: true },
  });
  return published
    ? {
        version: published.version,
        snapshot: published.snapshot as unknown as IssueSnapshot,
      }
    : null;
}

/** Every published version of an issue, newest first (staff). */
export function listPublishedVersions(prisma: Db, issueId: string) {
  return prisma.publishedIssue.findMany({
    where: { issueId },
    orderBy: { version: "desc" },
    select: {
      version: true,
      bytes: true,
      publishedAt: true,
      publishedBy: { select: { name: true } },
    },
  });
}
