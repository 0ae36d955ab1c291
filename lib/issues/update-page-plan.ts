// An admin edits a publication's default page plan: the pages, 版名 and
// 字数 capacities a new issue starts with. Issues already made keep theirs.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";

import { findPublication } from "./find-publication";
import { type PagePlanEntry, pagePlanSchema } from "./page-plan";

/**
 * Stores the plan (validated: 1–64 pages, each number once) with an audit
 * event; returns it in page order. ValidationError for an unknown
 * publication; ZodError for a malformed plan.
 */
export async function updatePagePlan(
  prisma: Db,
  publicationId: string,
  plan: readonly PagePlanEntry[],
  userId: string | null,
): Promise<PagePlanEntry[]> {
  const checked = [...pagePlanSchema.parse(plan)].sort(
    (a, b) => a.number - b.number,
  );
  const publication = await findPublication(prisma, publicationId);
  await prisma.$transaction([
    prisma.publication.update({
      where: { id: publication.id },
      data: { pagePlan: checked },
    }),
    recordAudit(prisma, {
      actorId: userId,
      publicationId: publication.id,
      event: {
        action: "publication.page-plan",
        entityType: "Publication",
        entityId: publication.id,
        data: { plan: checked },
      },
    }),
  ]);
  return checked;
}
