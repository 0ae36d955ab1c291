// Reading the review of an issue: the grid the issue page shows (every
// page × every step of the chain, what stands and what was revoked), the
// full record (who signed which page at which revision, when; revoked, why,
// by whom) for the printable page and the CSV, and what changed since a
// signature (the diff a revoked sign-off shows).
import "server-only";

import type { Prisma, Role } from "@prisma/client";

import { docToText } from "@/lib/articles/article-doc";
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { charDiff, type DiffOp } from "@/lib/articles/diff/char-diff";
import {
  articleContentSelect,
  readSnapshot,
  snapshotOfArticle,
} from "@/lib/articles/read-snapshot";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import { type PageState, readPageStates, stateKeyOf } from "./page-state";
import { chainOf, type ReviewChain, signRefusal } from "./review-chain";

export interface SignOffRecord {
  id: string;
  pageId: string;
  pageNumber: number;
  step: string;
  stepLabel: string;
  signer: string | null;
  signerId: string | null;
  signedAt: Date;
  /** Each article's version when signed: the revision signed. */
  versions: { articleId: string; headline: string; version: number }[];
  revokedAt: Date | null;
  revokedCause: string | null;
  revokedReason: string | null;
  revokedBy: string | null;
  revokedArticleId: string | null;
}

export interface ReviewCell {
  step: string;
  /** The signature standing on this step of the page. */
  active: SignOffRecord | null;
  /** The last revoked one, when nothing stands: why it has to be signed again. */
  revoked: SignOffRecord | null;
  /** Whether the viewer may sign it now. */
  signable: boolean;
}

export interface ReviewGridPage {
  pageId: string;
  number: number;
  name: string | null;
  /** What signing sends back: the page as the viewer sees it. */
  stateKey: string;
  cells: ReviewCell[];
}

export interface ReviewGrid {
  chain: ReviewChain;
  /** Whether the issue's pages are being signed now (in review or unpublished). */
  signing: boolean;
  pages: ReviewGridPage[];
}

const recordSelect = {
  id: true,
  pageId: true,
  page: { select: { number: true } },
  step: true,
  stepLabel: true,
  userId: true,
  user: { select: { name: true } },
  signedAt: true,
  signedState: true,
  revokedAt: true,
  revokedCause: true,
  revokedReason: true,
  revokedBy: { select: { name: true } },
  revokedArticleId: true,
} as const satisfies Prisma.PageSignOffSelect;

function toRecord(
  row: Prisma.PageSignOffGetPayload<{ select: typeof recordSelect }>,
): SignOffRecord {
  const state = row.signedState as unknown as PageState;
  return {
    id: row.id,
    pageId: row.pageId,
    pageNumber: row.page.number,
    step: row.step,
    stepLabel: row.stepLabel,
    signer: row.user?.name ?? null,
    signerId: row.userId,
    signedAt: row.signedAt,
    versions: (state.parts ?? [])
      .filter(
        (p, i, all) => all.findIndex((q) => q.articleId === p.articleId) === i,
      )
      .map((p) => ({
        articleId: p.articleId,
        headline: p.headline,
        version: p.version,
      })),
    revokedAt: row.revokedAt,
    revokedCause: row.revokedCause,
    revokedReason: row.revokedReason,
    revokedBy: row.revokedBy?.name ?? null,
    revokedArticleId: row.revokedArticleId,
  };
}

/**
 * Every sign-off of the issue, revoked ones included, by page number then
 * time: the review record (审签记录). NotFoundError for an unknown issue.
 */
export async function readSignOffRecord(
  prisma: Db,
  issueId: string,
): Promise<SignOffRecord[]> {
  const rows = await prisma.pageSignOff.findMany({
    where: { issueId },
    orderBy: [{ page: { number: "asc" } }, { signedAt: "asc" }, { id: "asc" }],
    select: recordSelect,
  });
  return rows.map(toRecord);
}

/**
 * The review grid of the issue for a viewer holding `viewer.roles` on its
 * paper: each page × each step with what stands, what was revoked, and
 * whether the viewer may sign it now (the server checks again when they
 * do). Null for an unknown issue.
 */
export async function readReviewGrid(
  prisma: Db,
  issueId: string,
  viewer: { id: string; roles: readonly Role[] },
): Promise<ReviewGrid | null> {
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: { status: true, publication: { select: { reviewChain: true } } },
  });
  if (!issue) return null;
  const chain = chainOf(issue.publication.reviewChain);
  const [pages, records] = await Promise.all([
    readPageStates(prisma, issueId),
    readSignOffRecord(prisma, issueId),
  ]);
  const signing =
    issue.status === "IN_REVIEW" || issue.status === "UNPUBLISHED";
  return {
    chain,
    signing,
    pages: pages.map((page) => {
      const mine = records.filter((r) => r.pageId === page.pageId);
      const active = mine
        .filter((r) => !r.revokedAt)
        .map((r) => ({ step: r.step, userId: r.signerId }));
      return {
        pageId: page.pageId,
        number: page.number,
        name: page.name,
        stateKey: stateKeyOf(page),
        cells: chain.steps.map((step) => {
          const standing = mine.find(
            (r) => r.step === step.key && !r.revokedAt,
          );
          return {
            step: step.key,
            active: standing ?? null,
            revoked: standing
              ? null
              : (mine.filter((r) => r.step === step.key).at(-1) ?? null),
            signable:
              signing &&
              signRefusal(chain, step.key, viewer.id, viewer.roles, active) ===
                null,
          };
        }),
      };
    }),
  };
}

/** An article's printed text, field by field, as a reviewer reads it. */
export function printedText(snapshot: ArticleSnapshot): string {
  return [
    snapshot.kicker,
    snapshot.headline,
    snapshot.deck ? `——${snapshot.deck}` : null,
    snapshot.bylines
      .map((b) => [b.label, b.name].filter(Boolean).join(" "))
      .join(" "),
    snapshot.dateline,
    docToText(snapshot.body),
  ]
    .filter((line) => line)
    .join("\n");
}

export interface SignOffDiff {
  signOff: SignOffRecord;
  /** Articles whose text changed since the signature, with the character diff. */
  changed: {
    articleId: string;
    headline: string;
    from: number;
    to: number;
    ops: DiffOp[];
  }[];
  /** Articles on the page now that were not when signed, and the other way. */
  added: { articleId: string; headline: string }[];
  removed: { articleId: string; headline: string }[];
  /** The same articles in another order or cut into other parts. */
  reordered: boolean;
}

/**
 * What changed on the page since the sign-off: each article's text from
 * the signed revision to now, articles added to or removed from the page,
 * and whether the order changed. NotFoundError when the sign-off is not of
 * this issue.
 */
export async function readSignOffDiff(
  prisma: Db,
  issueId: string,
  signOffId: string,
): Promise<SignOffDiff> {
  const row = await prisma.pageSignOff.findFirst({
    where: { id: signOffId, issueId },
    select: recordSelect,
  });
  if (!row)
    throw new NotFoundError(
      "No such sign-off in this issue.",
      "本期没有这条签字记录。",
    );
  const signOff = toRecord(row);
  const signed = row.signedState as unknown as PageState;
  const now = (await readPageStates(prisma, issueId)).find(
    (p) => p.pageId === row.pageId,
  );
  const nowParts = now?.parts ?? [];
  const signedIds = new Set(signed.parts.map((p) => p.articleId));
  const nowIds = new Set(nowParts.map((p) => p.articleId));
  const changed: SignOffDiff["changed"] = [];
  for (const { articleId, headline, version } of signOff.versions) {
    const article = await prisma.article.findUnique({
      where: { id: articleId },
      select: {
        version: true,
        ...articleContentSelect,
        revisions: { where: { version }, select: { snapshot: true } },
      },
    });
    if (!article) continue; // deleted since: listed under removed
    if (article.version === version) continue;
    const defaults = { rubric: article.rubric, genre: article.genre };
    const before = article.revisions[0]
      ? printedText(readSnapshot(article.revisions[0].snapshot, defaults))
      : "";
    const after = printedText(snapshotOfArticle(article));
    if (before === after) continue;
    changed.push({
      articleId,
      headline,
      from: version,
      to: article.version,
      ops: charDiff(before, after),
    });
  }
  const order = (parts: readonly { articleId: string; part: number }[]) =>
    parts.map((p) => `${p.articleId}:${p.part}`).join(",");
  return {
    signOff,
    changed,
    added: nowParts
      .filter((p) => !signedIds.has(p.articleId))
      .map(({ articleId, headline }) => ({ articleId, headline })),
    removed: signed.parts
      .filter((p) => !nowIds.has(p.articleId))
      .map(({ articleId, headline }) => ({ articleId, headline })),
    reordered:
      order(signed.parts.filter((p) => nowIds.has(p.articleId))) !==
      order(nowParts.filter((p) => signedIds.has(p.articleId))),
  };
}
