// Test and seed helper: signs every page of an issue through its paper's
// review chain with one account per step (created on first use), as the
// newsroom would before publishing. Steps that stand are left as they are.
// The issue must be in review.
import type { Role } from "@prisma/client";

import type { Db } from "@/lib/db/client";
import { readPageStates, stateKeyOf } from "@/lib/review/page-state";
import { chainOf } from "@/lib/review/review-chain";
import { signPage } from "@/lib/review/sign-page";

import { createStaff } from "./create-staff";

/** The signer of each step, one account per step key; returns their ids by step key. */
export async function signOffIssue(
  prisma: Db,
  issueId: string,
): Promise<Record<string, string>> {
  const issue = await prisma.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      publicationId: true,
      publication: { select: { reviewChain: true } },
    },
  });
  const chain = chainOf(issue.publication.reviewChain);
  const signers: Record<string, string> = {};
  for (const step of chain.steps) {
    const email = `signer-${step.key}@review.test`;
    const existing = await prisma.user.findUnique({ where: { email } });
    signers[step.key] =
      existing?.id ??
      (await createStaff(prisma, {
        email,
        name: `${step.label}人`,
        role: step.roles[0] as Role,
        publicationIds: [issue.publicationId],
      }));
  }
  const standing = new Set(
    (
      await prisma.pageSignOff.findMany({
        where: { issueId, revokedAt: null },
        select: { pageId: true, step: true },
      })
    ).map((s) => `${s.pageId}:${s.step}`),
  );
  for (const step of chain.steps) {
    for (const page of await readPageStates(prisma, issueId)) {
      if (standing.has(`${page.pageId}:${step.key}`)) continue;
      await signPage(prisma, {
        issueId,
        userId: signers[step.key]!,
        pageId: page.pageId,
        step: step.key,
        stateKey: stateKeyOf(page),
      });
    }
  }
  return signers;
}
