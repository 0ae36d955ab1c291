// The editable content of an article as one value: what the correction desk
// edits, what a save sends, what a Revision stores, and what the three-way
// merge compares. Shared by the server and the editor (no server imports).
// The correction status (待校/校对中/已校对) is not content: it is set on its
// own, so restoring a revision never resets it.
import { z } from "zod";

import { articleDocSchema } from "./tiptap-schema";

export const bylineRoles = [
  "REPORTER",
  "CORRESPONDENT",
  "PHOTOGRAPHER",
  "ILLUSTRATOR",
  "COMMENTATOR",
  "EDITOR",
  "OTHER",
] as const;
export const articleGenres = [
  "NEWS",
  "COMMENTARY",
  "INTERVIEW",
  "FEATURE",
  "PHOTO",
  "BRIEF",
  "OTHER",
] as const;
/**
 * Correction statuses the desk sets: IMPORTED 待校 → EDITING 校对中 →
 * PROOFREAD 已校对. APPROVED (签发) belongs to issue review.
 */
export const deskStatuses = ["IMPORTED", "EDITING", "PROOFREAD"] as const;

const line = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\r\n]/.test(s), "one line");
const optionalLine = (max: number) => line(max).nullable();

export const snapshotBylineSchema = z
  .object({
    role: z.enum(bylineRoles),
    /** The label as printed: 记者, 通讯员, 本报评论员, By … */
    label: line(40),
    /** The contributor's name; null for institutional bylines (本报评论员). */
    name: line(40).trim().min(1).nullable(),
  })
  .strict();

export const articleSnapshotSchema = z
  .object({
    kicker: optionalLine(200),
    headline: line(200),
    deck: optionalLine(300),
    dateline: optionalLine(100),
    rubric: optionalLine(100),
    genre: z.enum(articleGenres),
    bylines: z.array(snapshotBylineSchema).max(30),
    body: articleDocSchema,
  })
  .strict();

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;
export type SnapshotByline = z.infer<typeof snapshotBylineSchema>;
/** The fields of a snapshot other than the body, each merged as a whole. */
export const snapshotFields = [
  "kicker",
  "headline",
  "deck",
  "dateline",
  "rubric",
  "genre",
  "bylines",
] as const;
export type SnapshotField = (typeof snapshotFields)[number];
