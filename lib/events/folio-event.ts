// The events Folio announces to its app servers (and through them to open
// boards and desks): ids and version numbers only, never text, so that a
// payload stays far below PostgreSQL's 8000-byte NOTIFY limit and nothing
// an editor wrote travels on the channel.
import { z } from "zod";

/** The PostgreSQL channel every Folio event is sent on. */
export const EVENT_CHANNEL = "folio_events";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

const id = z.string().min(1).max(64);
const version = z.number().int().nonnegative();

export const folioEventSchema = z.discriminatedUnion("type", [
  /** A layout change committed: the board's next move names `layoutVersion`. */
  z.object({
    type: z.literal("issue.layout"),
    issueId: id,
    layoutVersion: version,
  }),
  /** The issue's status changed (送审, 签发, 排期, 发布, 撤下, 重新打开). */
  z.object({
    type: z.literal("issue.status"),
    issueId: id,
    status: z.string().min(1).max(32),
  }),
  /** A sign-off was given, withdrawn or revoked (also sent by the database's revocation triggers). */
  z.object({ type: z.literal("issue.review"), issueId: id }),
  /** A new version of an article was stored. */
  z.object({
    type: z.literal("article.saved"),
    articleId: id,
    issueId: id,
    version,
  }),
  /** Who has the article open, or who holds it, changed. */
  z.object({
    type: z.literal("article.presence"),
    articleId: id,
    issueId: id,
  }),
  /** Every session of the user ended (sign-out everywhere, deactivation, password change). */
  z.object({ type: z.literal("user.sessions-ended"), userId: id }),
]);

export type FolioEvent = z.infer<typeof folioEventSchema>;

/** What a bus hands its listeners: an event, or `resync` after events may have been missed. */
export type BusMessage = FolioEvent | { type: "resync" };

/**
 * The event as the NOTIFY payload (JSON). Throws a ZodError for an event
 * that is not of the union, and an Error for one of MAX_PAYLOAD_BYTES or more.
 */
export function encodeEvent(event: FolioEvent): string {
  const payload = JSON.stringify(folioEventSchema.parse(event));
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES)
    throw new Error(
      `The ${event.type} event is ${Buffer.byteLength(payload)} bytes; NOTIFY takes under 8000.`,
    );
  return payload;
}

/** The event a NOTIFY payload carries, or null for one that is not JSON or not of the union (another writer's, a newer version's). */
export function decodeEvent(payload: string): FolioEvent | null {
  try {
    const parsed = folioEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The issue an event concerns, or null for one about a user. */
export function issueOfEvent(event: FolioEvent): string | null {
  return "issueId" in event ? event.issueId : null;
}
