// The choices of the audit page's filters, within what the reader may see:
// the papers, and the staff who may have acted on them.
import "server-only";

import type { Db } from "@/lib/db/client";

import type { AuditScope } from "./audit-query";

export interface AuditFilterOptions {
  papers: { id: string; name: string }[];
  /** Staff of those papers and administrators, by name (at most 500). */
  actors: { id: string; name: string; email: string }[];
}

/** The papers and people `scope` may filter the log by. */
export async function auditFilterOptions(
  prisma: Db,
  scope: AuditScope,
): Promise<AuditFilterOptions> {
  const inScope = scope === "all" ? undefined : { in: [...scope] };
  const [papers, actors] = await Promise.all([
    prisma.publication.findMany({
      where: inScope ? { id: inScope } : {},
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.user.findMany({
      where: inScope
        ? {
            OR: [
              { isAdmin: true },
              { memberships: { some: { publicationId: inScope } } },
            ],
          }
        : {},
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true },
    }),
  ]);
  return { papers, actors };
}
