// Who may do what, as data: one pure decision, can(actor, action, resource),
// for every route, server action and staff page. A role is held on one
// publication (Membership); administrators hold every right everywhere.
// The resource is described as read from the database (its paper, the
// issue's status, the article's authors), so the same rule serves a page
// that hides a button and the server that refuses the request.
import type { IssueStatus, Role } from "@prisma/client";

export const actions = [
  /** See the paper's issues, boards and articles (staff side). */
  "issue.view",
  "issue.create",
  "issue.import",
  /** Correct an article's text, headline fields, bylines, repairs and status. */
  "article.edit",
  /** Pages, moves, continuations, split and merge: the layout of an issue. */
  "layout.edit",
  /** Waive a validation finding: a reviewer's act, not the submitter's. */
  "layout.waive",
  /** Send a laid-out issue to review (送审). */
  "issue.submit",
  "issue.review",
  /**
   * Sign a step of the review chain on a page (一校 … 签发). Who signs which
   * step is the chain's rule (lib/review), checked inside the signing
   * transaction; this action only admits the roles a chain can name.
   */
  "issue.sign",
  /** Publish, schedule, reopen (撤签) and unpublish. */
  "issue.publish",
  /** Retire or reinstate a learned correction (学到的更正) of the paper. */
  "learned.manage",
  /** The paper's settings, such as its default page plan. */
  "publication.manage",
  /** Accounts and roles: administrators only. */
  "user.manage",
  /**
   * Read the audit log: a paper's events for its chief editors; events of
   * the installation (accounts, sign-ins), which have no paper, for
   * administrators only.
   */
  "audit.view",
] as const;
export type Action = (typeof actions)[number];

export const roles = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
  "DEPUTY_EDITOR",
  "PAGE_EDITOR",
  "PROOFREADER",
  "REPORTER",
  "CORRESPONDENT",
  "VIEWER",
] as const satisfies readonly Role[];

export interface MembershipGrant {
  publicationId: string;
  role: Role;
}

/** The signed-in user as the policy sees them. */
export interface Actor {
  id: string;
  isAdmin: boolean;
  memberships: readonly MembershipGrant[];
}

/** What an action is done to, as read from the database. */
export type Resource =
  | { kind: "installation" }
  | { kind: "publication"; publicationId: string }
  | { kind: "issue"; publicationId: string; status: IssueStatus }
  | {
      kind: "article";
      publicationId: string;
      issueStatus: IssueStatus;
      /** Staff accounts behind the article's bylines (Contributor.userId). */
      authorIds: readonly string[];
    };

const EDITORS: readonly Role[] = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
  "DEPUTY_EDITOR",
  "PAGE_EDITOR",
];
const SENIOR: readonly Role[] = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
  "DEPUTY_EDITOR",
];
const CHIEFS: readonly Role[] = ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"];

/** Roles that hold an action over the whole paper. */
const paperWide: Record<Action, readonly Role[]> = {
  "issue.view": [...EDITORS, "PROOFREADER", "VIEWER"],
  "issue.create": EDITORS,
  "issue.import": EDITORS,
  "article.edit": [...EDITORS, "PROOFREADER"],
  "layout.edit": EDITORS,
  "layout.waive": SENIOR,
  "issue.submit": EDITORS,
  "issue.review": SENIOR,
  "issue.sign": [...EDITORS, "PROOFREADER"],
  "issue.publish": CHIEFS,
  "learned.manage": EDITORS,
  "publication.manage": ["CHIEF_EDITOR"],
  "user.manage": [],
  "audit.view": CHIEFS,
};

/**
 * Rights on their own articles only (an author is named by a byline linked to
 * their account): a reporter sees them and corrects them while the issue
 * is a draft (before it goes to review); a correspondent sees them once
 * published.
 */
function authorMay(role: Role, action: Action, status: IssueStatus): boolean {
  if (role === "REPORTER")
    return (
      action === "issue.view" ||
      (action === "article.edit" && status === "DRAFT")
    );
  if (role === "CORRESPONDENT")
    return action === "issue.view" && status === "PUBLISHED";
  return false;
}

/**
 * Whether `actor` may do `action` to `resource`. Installation-wide actions
 * (user.manage, or any action on { kind: "installation" }) are for
 * administrators; otherwise a role on the resource's publication decides,
 * and for an article also whether the actor is one of its authors.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.isAdmin) return true;
  if (resource.kind === "installation") return false;
  const held = actor.memberships
    .filter((m) => m.publicationId === resource.publicationId)
    .map((m) => m.role);
  if (held.some((role) => paperWide[action].includes(role))) return true;
  if (resource.kind !== "article" || !resource.authorIds.includes(actor.id))
    return false;
  return held.some((role) => authorMay(role, action, resource.issueStatus));
}

/**
 * Whether `actor` may do `action` on at least one publication: for showing
 * a link (新建期次, 导入) before a paper is chosen. The server still decides
 * per resource with can().
 */
export function canSomewhere(actor: Actor, action: Action): boolean {
  if (actor.isAdmin) return true;
  return actor.memberships.some((m) => paperWide[action].includes(m.role));
}

/** The publications on which `actor` may do `action` paper-wide; "all" for administrators. */
export function publicationsWhere(
  actor: Actor,
  action: Action,
): "all" | string[] {
  if (actor.isAdmin) return "all";
  return [
    ...new Set(
      actor.memberships
        .filter((m) => paperWide[action].includes(m.role))
        .map((m) => m.publicationId),
    ),
  ];
}
