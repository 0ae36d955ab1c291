// Signing one step of the review chain on one page, and withdrawing a
// signature. Each runs in one transaction holding the issue's row lock
// (layout changes and other signatures wait) and a share lock on the page's
// articles (a save in flight lands first; a later one waits, then its
// trigger revokes this signature). The signer's roles are read inside that
// transaction, so a role taken away a moment ago no longer signs.
import "server-only";

import type { Prisma, Role } from "@prisma/client";
import { z } from "zod";

import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import {
  ConflictError,
  NotFoundError,
  PermissionError,
  ValidationError,
} from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";
import { lockLayout } from "@/lib/layout/lock-layout";

import { readPageStates, stateKeyOf } from "./page-state";
import {
  type ActiveSignOff,
  chainOf,
  pageFullySigned,
  type ReviewChain,
  signRefusal,
} from "./review-chain";

export const signRequestSchema = z
  .object({
    pageId: z.string().min(1).max(64),
    step: z.string().min(1).max(32),
    /** The page's stateKey as the reviewer saw it. */
    stateKey: z.string().regex(/^[0-9a-f]{16}$/),
  })
  .strict();

/** Statuses in which pages are reviewed and signed. */
const SIGNING_STATUSES = ["IN_REVIEW", "UNPUBLISHED"] as const;

export interface SignResult {
  signOffId: string;
  /** True when this signature completed every page: the issue is now SIGNED_OFF. */
  issueSignedOff: boolean;
}

async function rolesOn(
  tx: Prisma.TransactionClient,
  userId: string,
  publicationId: string,
): Promise<Role[]> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      active: true,
      memberships: { where: { publicationId }, select: { role: true } },
    },
  });
  if (!user?.active) return [];
  return user.memberships.map((m) => m.role);
}

/** Active sign-offs of the issue's pages, by page id. */
export async function activeSignOffs(
  tx: Pick<Prisma.TransactionClient, "pageSignOff">,
  issueId: string,
): Promise<Map<string, ActiveSignOff[]>> {
  const rows = await tx.pageSignOff.findMany({
    where: { issueId, revokedAt: null },
    select: { pageId: true, step: true, userId: true },
  });
  const byPage = new Map<string, ActiveSignOff[]>();
  for (const row of rows) {
    if (row.pageId === null) continue; // its page was deleted
    const list = byPage.get(row.pageId) ?? [];
    list.push({ step: row.step, userId: row.userId });
    byPage.set(row.pageId, list);
  }
  return byPage;
}

/** The chain of the issue's paper, read in `tx`. */
export async function chainOfPublication(
  tx: Pick<Prisma.TransactionClient, "publication">,
  publicationId: string,
): Promise<ReviewChain> {
  const publication = await tx.publication.findUniqueOrThrow({
    where: { id: publicationId },
    select: { reviewChain: true },
  });
  return chainOf(publication.reviewChain);
}

function refusalError(
  refusal: NonNullable<ReturnType<typeof signRefusal>>,
): Error {
  switch (refusal.kind) {
    case "unknown-step":
      return new ValidationError(
        "This paper's review chain has no such step.",
        "本报的审签流程中没有这一步。",
      );
    case "role":
      return new PermissionError(`review step (${refusal.roles.join(", ")})`);
    case "already-signed":
      return new ConflictError(
        "This step of the page is signed already.",
        "本版的这一步已经签过了。",
      );
    case "earlier-step-open":
      return new ValidationError(
        `Sign ${refusal.step.label} on this page first.`,
        `本版须先完成「${refusal.step.label}」。`,
      );
    case "same-person":
      return new ValidationError(
        `You signed ${refusal.step.label} on this page; this step needs someone else.`,
        `您已签过本版的「${refusal.step.label}」，这一步须由他人签。`,
      );
  }
}

/**
 * Signs `step` on the page for `userId`. The issue must be in review (or
 * unpublished); the signer must hold one of the step's roles on the
 * issue's paper (an administrator's account is no signature); the earlier
 * steps must be signed and the chain's distinctness rules met; and the
 * page must still be as the reviewer saw it (`stateKey`), else
 * ConflictError. When this completes every step of every page (usually
 * the last page's 签发), the issue becomes SIGNED_OFF (frozen). NotFoundError for an unknown issue
 * or a page of another issue.
 */
export async function signPage(
  prisma: Db,
  input: { issueId: string; userId: string } & z.infer<
    typeof signRequestSchema
  >,
): Promise<SignResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, input.issueId);
    if (!(SIGNING_STATUSES as readonly string[]).includes(issue.status))
      throw new ValidationError(
        issue.status === "DRAFT"
          ? "Send the issue to review (送审) before signing its pages."
          : "This issue is signed off or published; reopen it to review it again.",
        issue.status === "DRAFT"
          ? "请先送审，再审签版面。"
          : "本期已签发或已发布；如需重审，请先重新打开本期。",
      );
    await tx.$queryRaw`
      SELECT a."id" FROM "Article" a JOIN "Placement" pl ON pl."articleId" = a."id"
       WHERE pl."pageId" = ${input.pageId} ORDER BY a."id" FOR SHARE OF a`;
    const pages = await readPageStates(tx, input.issueId);
    const page = pages.find((p) => p.pageId === input.pageId);
    if (!page)
      throw new NotFoundError(
        "This page is not part of the issue (any more).",
        "本期没有这一版（可能已被删除）。",
      );
    const chain = await chainOfPublication(tx, issue.publicationId);
    const held = await rolesOn(tx, input.userId, issue.publicationId);
    const active = await activeSignOffs(tx, input.issueId);
    const refusal = signRefusal(
      chain,
      input.step,
      input.userId,
      held,
      active.get(page.pageId) ?? [],
    );
    if (refusal) throw refusalError(refusal);
    const stateKey = stateKeyOf(page);
    if (stateKey !== input.stateKey)
      throw new ConflictError(
        "The page changed since you opened it; look at it again before signing.",
        "您打开之后本版已有改动，请重新审看后再签。",
      );
    const step = chain.steps.find((s) => s.key === input.step)!;
    const signOff = await tx.pageSignOff.create({
      data: {
        issueId: input.issueId,
        pageId: page.pageId,
        pageNumber: page.number,
        step: step.key,
        stepLabel: step.label,
        userId: input.userId,
        signedState: page as unknown as Prisma.InputJsonObject,
        stateKey,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: issue.publicationId,
      event: {
        action: "page.sign-off",
        entityType: "Page",
        entityId: page.pageId,
        data: {
          issueId: input.issueId,
          step: step.key,
          label: step.label,
          stateKey,
        },
      },
    });
    await notifyEvent(tx, { type: "issue.review", issueId: input.issueId });
    active.set(page.pageId, [
      ...(active.get(page.pageId) ?? []),
      { step: step.key, userId: input.userId },
    ]);
    // Usually the last 签发 completes the issue; after a withdrawn earlier
    // step was signed again, that step does.
    const issueSignedOff = pages.every((p) =>
      pageFullySigned(chain, active.get(p.pageId) ?? []),
    );
    if (issueSignedOff) {
      await tx.issue.update({
        where: { id: input.issueId },
        data: { status: "SIGNED_OFF" },
      });
      await notifyEvent(tx, {
        type: "issue.status",
        issueId: input.issueId,
        status: "SIGNED_OFF",
      });
      await recordAudit(tx, {
        actorId: input.userId,
        publicationId: issue.publicationId,
        event: {
          action: "issue.signed-off",
          entityType: "Issue",
          entityId: input.issueId,
          data: { from: issue.status, pages: pages.length },
        },
      });
    }
    return { signOffId: signOff.id, issueSignedOff };
  });
}

export const withdrawRequestSchema = z
  .object({
    signOffId: z.string().min(1).max(64),
    reason: z.string().trim().min(4).max(300),
  })
  .strict();

/**
 * Withdraws an active sign-off (撤回) with a reason: by its signer, or by a
 * chief editor of the paper. Only while the issue is in review or
 * unpublished; a signed-off issue is reopened instead (reopenIssue).
 * NotFoundError, PermissionError, ValidationError.
 */
export async function withdrawSignOff(
  prisma: Db,
  input: { issueId: string; userId: string } & z.infer<
    typeof withdrawRequestSchema
  >,
): Promise<void> {
  await runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, input.issueId);
    const signOff = await tx.pageSignOff.findFirst({
      // An active signature has its page: deleting a page revokes them first.
      where: {
        id: input.signOffId,
        issueId: input.issueId,
        revokedAt: null,
        pageId: { not: null },
      },
      select: { id: true, userId: true, pageId: true, step: true },
    });
    if (!signOff?.pageId)
      throw new NotFoundError(
        "This signature is not active (any more).",
        "该签字已不在生效状态。",
      );
    if (!(SIGNING_STATUSES as readonly string[]).includes(issue.status))
      throw new ValidationError(
        "The issue is signed off or published: reopen it instead.",
        "本期已签发或已发布，请改用重新打开（撤签）。",
      );
    const held = await rolesOn(tx, input.userId, issue.publicationId);
    const chief = held.some(
      (r) => r === "CHIEF_EDITOR" || r === "DUTY_CHIEF_EDITOR",
    );
    if (signOff.userId !== input.userId && !chief)
      throw new PermissionError("withdraw another's signature");
    await tx.pageSignOff.update({
      where: { id: signOff.id },
      data: {
        revokedAt: new Date(),
        revokedCause: "WITHDRAWN",
        revokedById: input.userId,
        revokedReason: input.reason,
      },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: issue.publicationId,
      event: {
        action: "page.sign-off-withdraw",
        entityType: "Page",
        entityId: signOff.pageId,
        data: {
          issueId: input.issueId,
          step: signOff.step,
          reason: input.reason,
        },
      },
    });
    await notifyEvent(tx, { type: "issue.review", issueId: input.issueId });
  });
}

/**
 * Throws ValidationError unless every page of the issue carries every step
 * of its paper's chain: publishing checks this under the issue's lock.
 */
export async function assertFullySigned(
  tx: Prisma.TransactionClient,
  issueId: string,
  publicationId: string,
): Promise<void> {
  const chain = await chainOfPublication(tx, publicationId);
  const pages = await readPageStates(tx, issueId);
  const active = await activeSignOffs(tx, issueId);
  const open = pages.filter(
    (p) => !pageFullySigned(chain, active.get(p.pageId) ?? []),
  );
  if (pages.length === 0 || open.length > 0)
    throw new ValidationError(
      `Every page needs every review step and 签发 before publishing; unsigned: ${open.map((p) => `page ${p.number}`).join(", ") || "no pages"}.`,
      `每一版都须完成全部审签并签发后才能发布；未签完：${open.map((p) => `${p.number}版`).join("、") || "本期没有版面"}。`,
    );
}
