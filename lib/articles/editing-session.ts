// One editing session (a browser tab) holds an article at a time; saves and
// restores from any other tab are refused while the holder is live. The
// holder is the presence row with `holding` (lib/articles/presence.ts); a
// take-over moves it, and the check runs inside the writer's transaction,
// after the article row lock the take-over also takes, so no save from the
// old tab can land once the take-over has committed.
import "server-only";

import type { Prisma } from "@prisma/client";

import { ConflictError } from "@/lib/errors";

/** A tab not heard from for this long has left (heartbeats come every ~5 s). */
export const PRESENCE_TTL_MS = 45_000;

/** Refused: another tab holds the article (it was taken over from this one). */
export class TakenOverError extends ConflictError {
  constructor(readonly holder: { userId: string; name: string }) {
    super(
      `${holder.name} has taken over editing this article; this change was not saved. The page now shows the stored text.`,
      `已被 ${holder.name} 接管编辑，本次改动未保存，页面显示的是已保存的内容。`,
    );
    this.name = "TakenOverError";
  }
}

export interface Holder {
  sessionId: string;
  userId: string;
  name: string;
}

/** The live tab holding the article, or null (nobody, or the holder went silent). One statement. */
export async function liveHolder(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  articleId: string,
  now = new Date(),
): Promise<Holder | null> {
  // Timestamps as Prisma stores them: UTC wall-clock time in timestamp(3) columns.
  const cutoff = new Date(now.getTime() - PRESENCE_TTL_MS).toISOString();
  const [row] = await tx.$queryRaw<Holder[]>`
    SELECT p."sessionId", p."userId", u."name" FROM "ArticlePresence" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."articleId" = ${articleId} AND p."holding" AND p."lastSeenAt" >= ${cutoff}::timestamp(3)
    LIMIT 1`;
  return row ?? null;
}

/**
 * Throws TakenOverError unless the tab `sessionId` may write the article:
 * it holds it, or no live tab does. Call with the article row locked.
 */
export async function assertMayWrite(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  articleId: string,
  sessionId: string | null | undefined,
): Promise<void> {
  const holder = await liveHolder(tx, articleId);
  if (holder && holder.sessionId !== sessionId)
    throw new TakenOverError(holder);
}

/** Locks the article row (SELECT … FOR UPDATE) so that saves and a change of holder are serialised. */
export async function lockArticleRow(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<number | null> {
  const rows = await tx.$queryRaw<
    { version: number }[]
  >`SELECT "version" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  return rows[0]?.version ?? null;
}
