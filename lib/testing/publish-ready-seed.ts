// An issue ready to publish: the desk seed sent to review (送审) with every
// validation finding waived, and every page signed through the paper's
// review chain (SIGNED_OFF), as publishing's tests need it.
import type { Db } from "@/lib/db/client";
import { loadLayout } from "@/lib/layout/load-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";

import { type DeskSeed, seedDesk } from "./desk-test-seed";
import { signOffIssue } from "./sign-off-issue";

/** seedDesk, then every finding waived, the issue in review and signed off; returns the seed. */
export async function seedPublishReady(prisma: Db): Promise<DeskSeed> {
  const seed = await seedDesk(prisma);
  const layout = await loadLayout(prisma, seed.issueId);
  for (const finding of reportOf(layout!).findings)
    await prisma.validationWaiver.create({
      data: { issueId: seed.issueId, finding: finding.key, reason: "测试豁免" },
    });
  await prisma.issue.update({
    where: { id: seed.issueId },
    data: { status: "IN_REVIEW" },
  });
  await signOffIssue(prisma, seed.issueId);
  return seed;
}
