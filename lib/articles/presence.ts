// Who has an article open in the editor, by heartbeat (one row per tab), and
// who holds it for editing. The first tab to arrive holds it; another may
// take it over, and the previous holder's next heartbeat says who did.
// Advisory only: saves never depend on it (three-way merge keeps both).
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { ValidationError } from "@/lib/errors";

import { articleNotFound } from "./not-found-error";

/** A tab not heard from for this long has left (heartbeats come every ~15 s). */
export const PRESENCE_TTL_MS = 45_000;

export const presenceRequestSchema = z
  .object({
    /** A random id per editor tab, made by the client. */
    sessionId: z.string().min(8).max(100),
    /** The tab is closing: forget it now rather than after the TTL. */
    leave: z.boolean().optional(),
  })
  .strict();

/** Another tab with the article open. Session ids are never sent to others: they would let one pose as the tab. */
export interface PresentEditor {
  userId: string;
  name: string;
  holding: boolean;
  lastSeenAt: string;
}

/** POST /api/articles/:id/presence and …/takeover answer this. */
export interface PresenceState {
  /** Whether this tab holds the article for editing. */
  holding: boolean;
  /** The tab that holds it, if any (this one included). */
  holder: { userId: string; name: string } | null;
  /** Set while someone else holds the article after taking it over from this tab. */
  takenOverBy: { userId: string; name: string; at: string } | null;
  /** Other tabs with the article open now (the same user's other tabs too). */
  others: PresentEditor[];
}

interface PresenceInput {
  articleId: string;
  userId: string;
  sessionId: string;
  /** The user may edit (article.edit): only such a tab ever holds the article. */
  canHold?: boolean;
}

const notYourSession = () =>
  new ValidationError("This editing session belongs to another user.", "这个编辑会话属于其他用户。");

/** Serialises presence changes of one article (at most one holder). */
async function lockPresence(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`presence:${articleId}`}))`;
  const exists = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) throw articleNotFound();
}

async function touch(tx: Prisma.TransactionClient, { articleId, userId, sessionId }: PresenceInput, now: Date) {
  const existing = await tx.articlePresence.findUnique({
    where: { articleId_sessionId: { articleId, sessionId } },
    select: { userId: true },
  });
  if (existing && existing.userId !== userId) throw notYourSession();
  await tx.articlePresence.upsert({
    where: { articleId_sessionId: { articleId, sessionId } },
    create: { articleId, sessionId, userId, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}

/** Makes this tab the holder; tabs that held it are told who took over. */
async function hold(tx: Prisma.TransactionClient, { articleId, userId, sessionId }: PresenceInput, now: Date) {
  await tx.articlePresence.updateMany({
    where: { articleId, holding: true, sessionId: { not: sessionId } },
    data: { holding: false, takenOverById: userId, takenOverAt: now },
  });
  await tx.articlePresence.update({
    where: { articleId_sessionId: { articleId, sessionId } },
    data: { holding: true, takenOverById: null, takenOverAt: null },
  });
}

async function stateFor(tx: Prisma.TransactionClient, { articleId, sessionId }: PresenceInput, now: Date): Promise<PresenceState> {
  const rows = await tx.articlePresence.findMany({
    where: { articleId, OR: [{ lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } }, { sessionId }] },
    orderBy: { createdAt: "asc" },
    select: {
      userId: true,
      sessionId: true,
      holding: true,
      lastSeenAt: true,
      takenOverAt: true,
      user: { select: { name: true } },
      takenOverBy: { select: { id: true, name: true } },
    },
  });
  const mine = rows.find((r) => r.sessionId === sessionId);
  const holder = rows.find((r) => r.holding);
  return {
    holding: mine?.holding ?? false,
    holder: holder ? { userId: holder.userId, name: holder.user.name } : null,
    takenOverBy:
      mine?.takenOverBy && !mine.holding
        ? { userId: mine.takenOverBy.id, name: mine.takenOverBy.name, at: (mine.takenOverAt ?? now).toISOString() }
        : null,
    others: rows
      .filter((r) => r.sessionId !== sessionId)
      .map((r) => ({
        userId: r.userId,
        name: r.user.name,
        holding: r.holding,
        lastSeenAt: r.lastSeenAt.toISOString(),
      })),
  };
}

/**
 * Records that this tab has the article open and answers who else has. The
 * tab becomes the holder when nobody holds it or the holder went silent,
 * unless the user may not edit (`canHold: false`). ValidationError for a
 * session id another user's tab uses.
 * With `leave`, forgets the tab. NotFoundError for an unknown article.
 */
export async function heartbeat(prisma: Db, input: PresenceInput & { leave?: boolean }): Promise<PresenceState> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    await lockPresence(tx, input.articleId);
    if (input.leave) {
      await tx.articlePresence.deleteMany({ where: { articleId: input.articleId, sessionId: input.sessionId, userId: input.userId } });
      return stateFor(tx, input, now);
    }
    await touch(tx, input, now);
    const holder = await tx.articlePresence.findFirst({
      where: { articleId: input.articleId, holding: true },
      select: { sessionId: true, lastSeenAt: true },
    });
    const holderGone = holder && holder.lastSeenAt.getTime() < now.getTime() - PRESENCE_TTL_MS;
    // A tab that was taken over stays a reader while the one who took over is there.
    if ((!holder || holderGone) && input.canHold !== false) await hold(tx, input, now);
    return stateFor(tx, input, now);
  });
}

/** This tab takes the article over; the previous holder learns it on its next heartbeat. */
export async function takeOverArticle(prisma: Db, input: Omit<PresenceInput, "canHold">): Promise<PresenceState> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    await lockPresence(tx, input.articleId);
    await touch(tx, input, now);
    await hold(tx, input, now);
    await tx.auditEvent.create({
      data: {
        actorId: input.userId,
        action: "article.takeover",
        entityType: "Article",
        entityId: input.articleId,
        data: { sessionId: input.sessionId },
      },
    });
    return stateFor(tx, input, now);
  });
}
