// Who has an article open in the editor, by heartbeat (one row per tab), and
// which tab holds it for editing. The first tab to arrive holds it; another
// may take it over, and the previous holder's next heartbeat (or save, which
// is refused: lib/articles/editing-session.ts) says who did. A user's new
// tab supersedes that user's own holding tab at once (a crashed tab never
// says goodbye). Rows are bounded: one per tab, at most
// MAX_SESSIONS_PER_USER live ones per user, and expired ones are purged.
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";

import { lockArticleRow, PRESENCE_TTL_MS } from "./editing-session";
import { articleNotFound } from "./not-found-error";

export { PRESENCE_TTL_MS };
/** Open editor tabs one user may have at once; opening more forgets the least recently seen. */
export const MAX_SESSIONS_PER_USER = 20;

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
  /** Set while another tab holds the article after taking it over from this one (`sameUser`: one of this user's tabs). */
  takenOverBy: {
    userId: string;
    name: string;
    at: string;
    sameUser: boolean;
  } | null;
  /** The article's stored version: a read-only tab reloads its text when it moves. */
  version: number;
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
  new ValidationError(
    "This editing session belongs to another user.",
    "这个编辑会话属于其他用户。",
  );

/** Serialises presence changes of one article (at most one holder); returns the article's issue. */
async function lockPresence(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`presence:${articleId}`}))`;
  const exists = await tx.article.findUnique({
    where: { id: articleId },
    select: { issueId: true },
  });
  if (!exists) throw articleNotFound();
  return exists.issueId;
}

/** Tells the article's other open tabs (on any app server) to ask again now. */
function announce(
  tx: Prisma.TransactionClient,
  articleId: string,
  issueId: string,
) {
  return notifyEvent(tx, { type: "article.presence", articleId, issueId });
}

/** Forgets tabs silent past the TTL, everywhere (they have left; a returning one is a new arrival); how many. */
async function purgeExpired(
  tx: Prisma.TransactionClient,
  now: Date,
): Promise<number> {
  const { count } = await tx.articlePresence.deleteMany({
    where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
  });
  return count;
}

/** Records the tab; true when it is new here. Beyond the per-user cap, the user's least recently seen tabs are forgotten. */
async function touch(
  tx: Prisma.TransactionClient,
  { articleId, userId, sessionId }: PresenceInput,
  now: Date,
): Promise<boolean> {
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
  if (existing) return false;
  const beyond = await tx.articlePresence.findMany({
    where: { userId },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    skip: MAX_SESSIONS_PER_USER,
    select: { articleId: true, sessionId: true },
  });
  const forget = beyond.filter(
    (r) => !(r.articleId === articleId && r.sessionId === sessionId),
  );
  if (forget.length) {
    await tx.articlePresence.deleteMany({
      where: {
        OR: forget.map((r) => ({
          articleId: r.articleId,
          sessionId: r.sessionId,
        })),
      },
    });
  }
  return true;
}

/** Makes this tab the holder; tabs that held it are told who took over. */
async function hold(
  tx: Prisma.TransactionClient,
  { articleId, userId, sessionId }: PresenceInput,
  now: Date,
) {
  // Waits for a save in flight and makes later ones see the new holder (see editing-session.ts).
  await lockArticleRow(tx, articleId);
  await tx.articlePresence.updateMany({
    where: { articleId, holding: true, sessionId: { not: sessionId } },
    data: { holding: false, takenOverById: userId, takenOverAt: now },
  });
  await tx.articlePresence.update({
    where: { articleId_sessionId: { articleId, sessionId } },
    data: { holding: true, takenOverById: null, takenOverAt: null },
  });
}

async function stateFor(
  tx: Prisma.TransactionClient,
  { articleId, userId, sessionId }: PresenceInput,
  now: Date,
): Promise<PresenceState> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { version: true },
  });
  const rows = await tx.articlePresence.findMany({
    where: {
      articleId,
      OR: [
        { lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
        { sessionId },
      ],
    },
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
        ? {
            userId: mine.takenOverBy.id,
            name: mine.takenOverBy.name,
            at: (mine.takenOverAt ?? now).toISOString(),
            sameUser: mine.takenOverBy.id === userId,
          }
        : null,
    version: article.version,
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
 * tab becomes the holder when nobody holds it, the holder went silent, or
 * the tab is new and the holder is another tab of the same user (the newest
 * tab a user opened edits; the older one turns read only and may take the
 * article back) — never when the user may not edit (`canHold: false`).
 * Expired rows are purged first. ValidationError for a session id another
 * user's tab uses. Arrivals, departures and a new holder are announced
 * (article.presence, lib/events) to the article's other tabs. With `leave`, forgets the tab (one that was taken over
 * only once it expires, so that its reload stays a reader). NotFoundError
 * for an unknown article.
 */
export async function heartbeat(
  prisma: Db,
  input: PresenceInput & { leave?: boolean },
): Promise<PresenceState> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const issueId = await lockPresence(tx, input.articleId);
    if (input.leave) {
      // A tab that was taken over keeps its row until it expires: reloaded, it is still a reader, not a newly opened tab.
      const { count } = await tx.articlePresence.deleteMany({
        where: {
          articleId: input.articleId,
          sessionId: input.sessionId,
          userId: input.userId,
          takenOverById: null,
        },
      });
      if (count > 0) await announce(tx, input.articleId, issueId);
      return stateFor(tx, input, now);
    }
    const purged = await purgeExpired(tx, now);
    const arrived = await touch(tx, input, now);
    const holder = await tx.articlePresence.findFirst({
      where: { articleId: input.articleId, holding: true },
      select: { sessionId: true, userId: true },
    });
    // A tab that was taken over stays a reader while the one who took over is there.
    const supersedes =
      arrived &&
      holder !== null &&
      holder.sessionId !== input.sessionId &&
      holder.userId === input.userId;
    const holds = (!holder || supersedes) && input.canHold !== false;
    if (holds) await hold(tx, input, now);
    // A plain heartbeat changes nothing others show: only arrivals, departures and holders are announced.
    if (arrived || holds || purged > 0)
      await announce(tx, input.articleId, issueId);
    return stateFor(tx, input, now);
  });
}

/** This tab takes the article over; the previous holder's saves are refused from now on and its next heartbeat says who took over. */
export async function takeOverArticle(
  prisma: Db,
  input: Omit<PresenceInput, "canHold">,
): Promise<PresenceState> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const issueId = await lockPresence(tx, input.articleId);
    await purgeExpired(tx, now);
    await touch(tx, input, now);
    await hold(tx, input, now);
    await announce(tx, input.articleId, issueId);
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: await publicationOf(tx, input.articleId),
      event: {
        action: "article.takeover",
        entityType: "Article",
        entityId: input.articleId,
        data: { sessionId: input.sessionId },
      },
    });
    return stateFor(tx, input, now);
  });
}

/** The article's paper, for the audit record (a takeover is rare: one read is cheap here). */
async function publicationOf(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<string> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { issue: { select: { publicationId: true } } },
  });
  if (!article) throw articleNotFound();
  return article.issue.publicationId;
}
