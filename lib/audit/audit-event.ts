// Every kind of audit event Folio writes, as one zod discriminated union on
// `action`: each variant names the entity type it is about and the shape of
// its data. Writers go through recordAudit (record-audit.ts), which parses
// against this union; readers (the audit page, undo) parse with it too.
import { ArticleStatus, IssueStatus, Role } from "@prisma/client";
import { z } from "zod";

const id = z.string().min(1).max(200);
const int = z.number().int();
const pageNumber = int.min(1);
const text = z.string().max(10_000);
/** Tiptap JSON kept for undo: validated by the article schema where it is used (lib/articles). */
const blockJson = z.json();
/** A JSON value stored as written, checked by its own domain's schema where it is read. */
export type JsonData = z.input<typeof blockJson>;

const grants = z.array(
  z.object({ publicationId: id, role: z.enum(Role) }).strict(),
);

/** One variant: its action, the entity type it is recorded on, its data. */
function event<A extends string, E extends string, D extends z.ZodType>(
  action: A,
  entityType: E,
  data: D,
) {
  return z
    .object({
      action: z.literal(action),
      entityType: z.literal(entityType),
      entityId: id,
      data,
    })
    .strict();
}
const none = z.object({}).strict();

// An article version (lib/articles/write-article-version.ts): "article.<reason>".
const version = z.object({
  version: int.min(1),
  /** The editor tab that saved. */
  sessionId: z.string().max(200).nullable(),
  /** Shown in the history list beside the reason. */
  detail: text.nullable(),
});
const saved = version.extend({ mergedFromBase: int.optional() }).strict();
/** What undoing a merge needs (lib/articles/merge-articles.ts MergeUndoData). */
export const mergeUndoDataSchema = z
  .object({
    into: id,
    firstVersionBefore: int,
    firstVersionAfter: int,
    movedPlacements: z.array(
      z
        .object({
          id,
          part: int,
          startBlock: int.optional(),
          startAnchor: z.string().nullable().optional(),
        })
        .strict(),
    ),
    linkedJumps: z.array(id),
    movedRepairs: z.array(
      z
        .object({
          id,
          blockIndex: int,
          field: z.enum(["KICKER", "HEADLINE", "DECK"]).nullable(),
        })
        .strict(),
    ),
  })
  .strict();
/** Appending one article to another writes a version of both: the first names the second, the second carries the undo data. */
const appended = z.union([
  version.extend({ second: id }).strict(),
  version.extend(mergeUndoDataSchema.shape).strict(),
]);
const version0 = version.strict();
/** One variant per revision reason (lib/articles/revision-reasons.ts). */
const articleVersionEvents = [
  event("article.autosave", "Article", saved),
  event("article.save", "Article", saved),
  event("article.repair.accept", "Article", saved),
  event("article.repair.reject", "Article", saved),
  event("article.suggestion.accept", "Article", saved),
  event("article.suggestion.dismiss", "Article", saved),
  event("article.conflict.resolve", "Article", saved),
  event("article.import", "Article", version0),
  event(
    "article.restore",
    "Article",
    version.extend({ restored: int }).strict(),
  ),
  event(
    "article.split",
    "Article",
    version.extend({ newArticleId: id, atBlock: int }).strict(),
  ),
  event("article.split.undo", "Article", appended),
  event("article.merge", "Article", appended),
  event("article.merge.undo", "Article", version0),
  event("article.find-replace", "Article", version0),
  event(
    "article.find-replace.undo",
    "Article",
    version.extend({ batchId: id }).strict(),
  ),
  event(
    "article.reimport",
    "Article",
    version
      .extend({
        conflicts: z.array(
          z
            .object({ id: z.string(), ocr: blockJson, kept: blockJson })
            .strict(),
        ),
      })
      .strict(),
  ),
] as const;

// A layout change (lib/layout/lock-layout.ts changeLayout): the issue's new layoutVersion and what moved.
const layout = <S extends z.ZodRawShape>(shape: S) =>
  z.object({ layoutVersion: int, ...shape }).strict();
const pageFields = { name: z.string().max(200).nullable() };
const layoutEvents = [
  event(
    "layout.move",
    "Issue",
    layout({
      articleId: id,
      placementId: id,
      from: pageNumber.nullable(),
      to: pageNumber.nullable(),
      position: int.optional(),
    }),
  ),
  event(
    "layout.continue",
    "Issue",
    layout({
      articleId: id,
      atBlock: int,
      from: pageNumber,
      to: pageNumber,
      placementId: id,
    }),
  ),
  event(
    "layout.join",
    "Issue",
    layout({
      articleId: id,
      placementId: id,
      page: pageNumber,
      into: pageNumber,
    }),
  ),
  event(
    "layout.link",
    "Issue",
    layout({
      jumpId: id,
      from: pageNumber,
      to: pageNumber,
      fromPlacementId: id,
      toPlacementId: id,
    }),
  ),
  event(
    "layout.unlink",
    "Issue",
    layout({ jumpId: id, from: pageNumber, to: pageNumber.nullable() }),
  ),
  event(
    "layout.markers",
    "Issue",
    layout({ jumpId: id, before: z.tuple([z.string(), z.string()]) }),
  ),
  event(
    "layout.page.add",
    "Issue",
    layout({ pageId: id, number: pageNumber, ...pageFields }),
  ),
  event(
    "layout.page.edit",
    "Issue",
    layout({
      pageId: id,
      number: pageNumber,
      before: z.object({ ...pageFields, capacity: int.nullable() }).strict(),
      name: pageFields.name.optional(),
      capacity: int.nullable().optional(),
    }),
  ),
  event(
    "layout.page.remove",
    "Issue",
    layout({
      pageId: id,
      number: pageNumber,
      ...pageFields,
      unassigned: z.array(id),
    }),
  ),
  event(
    "layout.page.renumber",
    "Issue",
    layout({ pageId: id, renumbered: z.array(z.tuple([int, int])) }),
  ),
] as const;

const statusChange = z
  .object({
    from: z.enum(IssueStatus),
    to: z.enum(IssueStatus),
    reason: text,
  })
  .strict();

const learnedPair = z.object({ misread: text, correction: text }).strict();

/** Every audit event Folio writes. */
export const auditEventSchema = z.discriminatedUnion("action", [
  ...articleVersionEvents,
  event(
    "article.status",
    "Article",
    z
      .object({ from: z.enum(ArticleStatus), to: z.enum(ArticleStatus) })
      .strict(),
  ),
  event(
    "article.takeover",
    "Article",
    z.object({ sessionId: z.string().max(200) }).strict(),
  ),
  /** On the new article; what undoSplit needs to put the text back exactly. */
  event(
    "article.split-off",
    "Article",
    z
      .object({ from: id, atBlock: int, headlineBlock: blockJson.nullable() })
      .strict(),
  ),
  event("learnedPair.retire", "LearnedPair", learnedPair),
  event("learnedPair.reinstate", "LearnedPair", learnedPair),
  event(
    "issue.create",
    "Issue",
    z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        number: int.nullable(),
        pages: z.array(pageNumber),
      })
      .strict(),
  ),
  event(
    "issue.import",
    "Issue",
    z
      .object({
        files: z.array(z.string()),
        pages: z.array(
          z
            .object({
              number: pageNumber,
              articles: int,
              replaced: z.boolean(),
            })
            .strict(),
        ),
        duplicates: z.array(z.string()),
        skipped: z.array(pageNumber),
        revised: z.array(
          z
            .object({
              articleId: id,
              version: int.nullable(),
              conflicts: int,
            })
            .strict(),
        ),
      })
      .strict(),
  ),
  event(
    "issue.find-replace",
    "Issue",
    z
      .object({
        batchId: id,
        query: text,
        replacement: text,
        replaced: int,
        skipped: int,
      })
      .strict(),
  ),
  event(
    "issue.find-replace.undo",
    "Issue",
    z.object({ batchId: id, restored: int, changedSince: int }).strict(),
  ),
  event(
    "issue.waive",
    "Issue",
    z.object({ finding: text, reason: text }).strict(),
  ),
  event("issue.unwaive", "Issue", z.object({ finding: text }).strict()),
  event(
    "issue.submit-review",
    "Issue",
    z
      .object({
        waived: z.array(
          z.object({ finding: text, reason: text.nullable() }).strict(),
        ),
      })
      .strict(),
  ),
  event(
    "issue.publish",
    "Issue",
    z
      .object({
        version: int.min(1),
        bytes: int,
        corrected: z.array(id),
        note: text.nullable(),
        /** A 定时发布: the time it was scheduled for (ISO 8601). */
        scheduledAt: z.iso.datetime().optional(),
      })
      .strict(),
  ),
  /** 定时发布: the time (ISO 8601) the scheduled job publishes at. */
  event(
    "issue.schedule",
    "Issue",
    z.object({ from: z.enum(IssueStatus), at: z.iso.datetime() }).strict(),
  ),
  /** 取消排期. */
  event(
    "issue.unschedule",
    "Issue",
    z
      .object({ to: z.enum(IssueStatus), at: z.iso.datetime().nullable() })
      .strict(),
  ),
  /** The last 签发 of its pages froze the issue. */
  event(
    "issue.signed-off",
    "Issue",
    z.object({ from: z.enum(IssueStatus), pages: int }).strict(),
  ),
  // 审签 of a page (lib/review): one step signed, or a signature withdrawn.
  event(
    "page.sign-off",
    "Page",
    z
      .object({
        issueId: id,
        step: z.string().max(100),
        label: z.string().max(200),
        stateKey: z.string().max(200),
      })
      .strict(),
  ),
  event(
    "page.sign-off-withdraw",
    "Page",
    z.object({ issueId: id, step: z.string().max(100), reason: text }).strict(),
  ),
  event("issue.unpublish", "Issue", statusChange),
  event("issue.reopen", "Issue", statusChange),
  ...layoutEvents,
  event(
    "publication.page-plan",
    "Publication",
    z
      .object({
        plan: z.array(
          z
            .object({
              number: pageNumber,
              name: z.string().max(200).nullable(),
              capacity: int.nullable().optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  ),
  /** The paper's review chain, before and after (validated by lib/review where it is read). */
  event(
    "publication.review-chain",
    "Publication",
    z.object({ before: blockJson.nullable(), after: blockJson }).strict(),
  ),
  event(
    "user.create",
    "User",
    z
      .object({
        email: z.string().max(320),
        name: z.string().max(200),
        isAdmin: z.boolean(),
        memberships: grants,
        credential: z.enum(["password", "invite"]),
      })
      .strict(),
  ),
  event(
    "user.roles",
    "User",
    z
      .object({
        before: z
          .object({ isAdmin: z.boolean(), memberships: grants })
          .strict(),
        after: z.object({ isAdmin: z.boolean(), memberships: grants }).strict(),
      })
      .strict(),
  ),
  event("user.deactivate", "User", none),
  event("user.reactivate", "User", none),
  event(
    "user.password.reset",
    "User",
    z.object({ credential: z.enum(["password", "invite"]) }).strict(),
  ),
  event("user.password.change", "User", none),
  event("user.invite.accept", "User", none),
  /** No one is signed in: actorId is null, the entity is the account tried. */
  event(
    "auth.sign-in.failed",
    "User",
    z
      .object({
        reason: z.enum(["password", "inactive"]),
        addressGroup: z.string().max(100),
      })
      .strict(),
  ),
]);

/** An audit event as written and read: action, entity and typed data. */
export type AuditEvent = z.infer<typeof auditEventSchema>;
/** The event as a writer builds it (optional fields may be left out). */
export type AuditEventInput = z.input<typeof auditEventSchema>;
export type AuditAction = AuditEvent["action"];
/** The event of one action. */
export type AuditEventOf<A extends AuditAction> = Extract<
  AuditEvent,
  { action: A }
>;
/** The data of one action's event, as its writer passes it. */
export type AuditDataOf<A extends AuditAction> = Extract<
  AuditEventInput,
  { action: A }
>["data"];

/** Every action, in the union's order (for the page's filter and the label tests). */
export const auditActions: readonly AuditAction[] =
  auditEventSchema.options.map((o) => o.shape.action.value);

/** Entity types recorded without a paper: installation events, for administrators alone. */
export const installationEntityTypes = ["User"] as const;
