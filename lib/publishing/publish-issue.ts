// Publishing an issue (issue 15 item 6): one transaction that locks the
// issue and every article of it (saves in flight land first; later ones see
// the new status and are refused, lib/articles/issue-freeze.ts), builds the
// snapshot, stores it as the next immutable version and makes it the one
// readers get. A failure anywhere leaves nothing published and nothing changed.
import "server-only";

import type { IssueStatus, Prisma } from "@prisma/client";
import { z } from "zod";

import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";
import { ReviewBlockedError } from "@/lib/issues/submit-for-review";
import { loadLayout } from "@/lib/layout/load-layout";
import { lockLayout } from "@/lib/layout/lock-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";
import { assertFullySigned } from "@/lib/review/sign-page";

import { buildIssueSnapshot } from "./build-issue-snapshot";
import { claimSchedule } from "./claim-schedule";
import {
  articleTexts,
  type CorrectionNote,
  type IssueSnapshot,
} from "./issue-snapshot";

/** Where a cancelled schedule (取消排期) leaves the issue: signed off, still frozen. */
export const STATUS_AFTER_UNSCHEDULE: IssueStatus = "SIGNED_OFF";

export const publishRequestSchema = z
  .object({
    /** The 更正 note for articles changed since the last version; a dated default when empty. */
    note: z.string().trim().max(300).optional(),
  })
  .strict();

/**
 * Statuses an issue is published or scheduled (定时发布) from: signed off
 * (every page through the chain, 签发 last), or unpublished with its
 * signatures still standing (assertFullySigned checks them).
 */
export const PUBLISHABLE_FROM: readonly IssueStatus[] = [
  "SIGNED_OFF",
  "UNPUBLISHED",
];

export interface PublishResult {
  version: number;
  /** The stored snapshot's size in bytes (UTF-8 JSON). */
  bytes: number;
  /** Articles given a correction note by this version. */
  corrected: string[];
}

/** Today's date (YYYY-MM-DD) in `timeZone` (IANA, e.g. Asia/Shanghai). */
export function dateIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The default correction note: 本文于2024年1月3日更正。 */
export function defaultCorrectionNote(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `本文于${y}年${m}月${d}日更正。`;
}

/**
 * The correction notes of `next`: those of the previous version, plus one
 * for each article that was public before and whose text changed.
 */
export function accumulateCorrections(
  previous: IssueSnapshot | null,
  next: IssueSnapshot,
  note: CorrectionNote,
): { corrections: IssueSnapshot["corrections"]; corrected: string[] } {
  const corrections: IssueSnapshot["corrections"] = structuredClone(
    previous?.corrections ?? {},
  );
  const corrected: string[] = [];
  if (previous) {
    const before = articleTexts(previous);
    for (const [articleId, text] of articleTexts(next)) {
      const old = before.get(articleId);
      if (old === undefined || old === text) continue;
      (corrections[articleId] ??= []).push(note);
      corrected.push(articleId);
    }
  }
  return { corrections, corrected };
}

/**
 * Refuses (ValidationError) a status that is not in PUBLISHABLE_FROM, with
 * what to do instead.
 */
export function assertPublishable(status: IssueStatus): void {
  if (PUBLISHABLE_FROM.includes(status)) return;
  throw new ValidationError(
    status === "PUBLISHED"
      ? "This issue is published already; reopen it to correct it, then publish again."
      : status === "SCHEDULED"
        ? "This issue is scheduled already; cancel the schedule first."
        : "Every page must be reviewed and signed (签发) before the issue is published.",
    status === "PUBLISHED"
      ? "本期已发布；如需更正，请先重新打开本期，再次发布。"
      : status === "SCHEDULED"
        ? "本期已排期；如需改动，请先取消排期。"
        : "每一版都须审签并签发后，本期才能发布。",
  );
}

/**
 * In the caller's transaction, with the issue locked (lockLayout): waits
 * for article saves in flight, then throws ReviewBlockedError while the
 * validation report has an open finding.
 */
export async function assertNoOpenFindings(
  tx: Prisma.TransactionClient,
  issueId: string,
): Promise<void> {
  // Saves hold their article's row lock until they commit: wait for them.
  await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "issueId" = ${issueId} ORDER BY "id" FOR UPDATE`;
  const layout = await loadLayout(tx, issueId);
  const report = layout ? reportOf(layout) : null;
  if (report && report.open > 0) throw new ReviewBlockedError(report.open);
}

/**
 * Publishes the issue as its next version. The issue must be in
 * PUBLISHABLE_FROM (signed off, or unpublished) with every page carrying
 * every step of its paper's review chain (lib/review), and no open
 * validation finding; else ValidationError or ReviewBlockedError, and
 * nothing changes.
 * NotFoundError for an unknown issue. With `options.scheduled` (the job of
 * lib/publishing/publish-scheduled-issue.ts) the issue must instead still be
 * SCHEDULED for exactly `at`, else StaleScheduleError; the publisher
 * recorded is the user who scheduled it. `options.beforeCommit` runs last
 * inside the transaction (tests inject a failure there).
 */
export async function publishIssue(
  prisma: Db,
  input: { issueId: string; userId: string | null; note?: string },
  options: {
    beforeCommit?: () => void | Promise<void>;
    scheduled?: { at: Date };
  } = {},
): Promise<PublishResult> {
  return runArticleTransaction(
    prisma,
    async (tx) => {
      const issue = await lockLayout(tx, input.issueId);
      // A scheduled publish is published by the one who scheduled it.
      const userId = options.scheduled
        ? await claimSchedule(tx, issue, options.scheduled.at)
        : input.userId;
      if (!options.scheduled) assertPublishable(issue.status);
      await assertFullySigned(tx, input.issueId, issue.publicationId);
      await assertNoOpenFindings(tx, input.issueId);
      const last = await tx.publishedIssue.findFirst({
        where: { issueId: input.issueId },
        orderBy: { version: "desc" },
        select: { version: true, snapshot: true },
      });
      const version = (last?.version ?? 0) + 1;
      const draft = await buildIssueSnapshot(tx, input.issueId);
      const date = dateIn(draft.publication.timezone);
      const { corrections, corrected } = accumulateCorrections(
        (last?.snapshot as unknown as IssueSnapshot | undefined) ?? null,
        draft,
        {
          date,
          note: input.note || defaultCorrectionNote(date),
          version,
        },
      );
      const snapshot: IssueSnapshot = { ...draft, corrections };
      const json = JSON.stringify(snapshot);
      const bytes = Buffer.byteLength(json);
      await tx.publishedIssue.create({
        data: {
          issueId: input.issueId,
          version,
          snapshot: snapshot as never,
          bytes,
          publishedById: userId,
        },
      });
      await tx.issue.update({
        where: { id: input.issueId },
        data: { status: "PUBLISHED", liveVersion: version },
      });
      await notifyEvent(tx, {
        type: "issue.status",
        issueId: input.issueId,
        status: "PUBLISHED",
      });
      await recordAudit(tx, {
        actorId: userId,
        publicationId: issue.publicationId,
        event: {
          action: "issue.publish",
          entityType: "Issue",
          entityId: input.issueId,
          data: {
            version,
            bytes,
            corrected,
            note: input.note ?? null,
            ...(options.scheduled
              ? { scheduledAt: options.scheduled.at.toISOString() }
              : {}),
          },
        },
      });
      await options.beforeCommit?.();
      return { version, bytes, corrected };
    },
    { timeout: 60_000 },
  );
}
