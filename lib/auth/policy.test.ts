import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";

import {
  type Action,
  type Actor,
  can,
  canSomewhere,
  publicationsWhere,
  type Resource,
  roles,
} from "./policy";

const PAPER = "daily";
const OTHER = "weekly";
const member = (role: Role, publicationId = PAPER): Actor => ({
  id: `u-${role}`,
  isAdmin: false,
  memberships: [{ publicationId, role }],
});
const issue = (publicationId = PAPER): Resource => ({
  kind: "issue",
  publicationId,
  status: "DRAFT",
});

// Who holds each action over a whole paper (an issue of it, in draft).
const expected: Record<Action, readonly Role[]> = {
  "issue.view": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
    "PROOFREADER",
    "VIEWER",
  ],
  "issue.create": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
  ],
  "issue.import": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
  ],
  "article.edit": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
    "PROOFREADER",
  ],
  "layout.edit": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
  ],
  "layout.waive": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR", "DEPUTY_EDITOR"],
  "issue.submit": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
  ],
  "issue.review": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR", "DEPUTY_EDITOR"],
  "issue.publish": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
  "issue.sign": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
    "PROOFREADER",
  ],
  "learned.manage": [
    "CHIEF_EDITOR",
    "DUTY_CHIEF_EDITOR",
    "DEPUTY_EDITOR",
    "PAGE_EDITOR",
  ],
  "publication.manage": ["CHIEF_EDITOR"],
  "user.manage": [],
  "audit.view": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
};

describe("can", () => {
  for (const [action, allowed] of Object.entries(expected) as [
    Action,
    readonly Role[],
  ][]) {
    it(`${action}: ${allowed.join(", ") || "administrators only"}`, () => {
      const granted = roles.filter((role) =>
        can(member(role), action, issue()),
      );
      expect(granted).toEqual(allowed);
    });
  }

  it("gives no right on another paper, whatever the role there", () => {
    for (const role of roles)
      for (const action of Object.keys(expected) as Action[])
        expect(can(member(role, OTHER), action, issue(PAPER))).toBe(false);
  });

  it("gives administrators everything, installation-wide actions included", () => {
    const admin: Actor = { id: "a", isAdmin: true, memberships: [] };
    expect(can(admin, "user.manage", { kind: "installation" })).toBe(true);
    expect(can(admin, "issue.publish", issue(OTHER))).toBe(true);
    expect(
      can(member("CHIEF_EDITOR"), "user.manage", { kind: "installation" }),
    ).toBe(false);
  });

  it("shows a paper's audit log to its chief editors, installation events to administrators only", () => {
    const paper = (publicationId: string): Resource => ({
      kind: "publication",
      publicationId,
    });
    const admin: Actor = { id: "a", isAdmin: true, memberships: [] };
    const chief = member("CHIEF_EDITOR");
    expect(can(chief, "audit.view", paper(PAPER))).toBe(true);
    expect(can(member("DUTY_CHIEF_EDITOR"), "audit.view", paper(PAPER))).toBe(
      true,
    );
    expect(can(chief, "audit.view", paper(OTHER))).toBe(false);
    expect(can(member("PROOFREADER"), "audit.view", paper(PAPER))).toBe(false);
    expect(can(member("DEPUTY_EDITOR"), "audit.view", paper(PAPER))).toBe(
      false,
    );
    expect(can(chief, "audit.view", { kind: "installation" })).toBe(false);
    expect(can(admin, "audit.view", { kind: "installation" })).toBe(true);
    expect(publicationsWhere(chief, "audit.view")).toEqual([PAPER]);
    expect(publicationsWhere(admin, "audit.view")).toBe("all");
  });

  it("adds the rights of every role a user holds on the paper", () => {
    const both: Actor = {
      id: "u",
      isAdmin: false,
      memberships: [
        { publicationId: PAPER, role: "PROOFREADER" },
        { publicationId: PAPER, role: "DEPUTY_EDITOR" },
      ],
    };
    expect(can(both, "layout.waive", issue())).toBe(true);
  });

  describe("authors", () => {
    const article = (
      authorIds: string[],
      issueStatus: "DRAFT" | "IN_REVIEW" | "PUBLISHED" = "DRAFT",
    ): Resource => ({
      kind: "article",
      publicationId: PAPER,
      issueStatus,
      authorIds,
    });
    const reporter = member("REPORTER");
    const correspondent = member("CORRESPONDENT");

    it("lets a reporter see and correct their own article while the issue is a draft", () => {
      expect(can(reporter, "issue.view", article([reporter.id]))).toBe(true);
      expect(can(reporter, "article.edit", article([reporter.id]))).toBe(true);
      expect(
        can(reporter, "article.edit", article([reporter.id], "IN_REVIEW")),
      ).toBe(false);
      expect(
        can(reporter, "issue.view", article([reporter.id], "IN_REVIEW")),
      ).toBe(true);
    });

    it("gives a reporter nothing on someone else's article or the layout", () => {
      expect(can(reporter, "issue.view", article(["someone"]))).toBe(false);
      expect(can(reporter, "article.edit", article(["someone"]))).toBe(false);
      expect(can(reporter, "layout.edit", article([reporter.id]))).toBe(false);
    });

    it("lets a correspondent see their own article once published, never edit it", () => {
      expect(
        can(correspondent, "issue.view", article([correspondent.id])),
      ).toBe(false);
      expect(
        can(
          correspondent,
          "issue.view",
          article([correspondent.id], "PUBLISHED"),
        ),
      ).toBe(true);
      expect(
        can(
          correspondent,
          "article.edit",
          article([correspondent.id], "PUBLISHED"),
        ),
      ).toBe(false);
    });

    it("does not let authorship lift a viewer or a member of another paper", () => {
      expect(can(member("VIEWER"), "article.edit", article(["u-VIEWER"]))).toBe(
        false,
      );
      const elsewhere = member("REPORTER", OTHER);
      expect(can(elsewhere, "issue.view", article([elsewhere.id]))).toBe(false);
    });
  });
});

describe("canSomewhere and publicationsWhere", () => {
  const user: Actor = {
    id: "u",
    isAdmin: false,
    memberships: [
      { publicationId: PAPER, role: "PROOFREADER" },
      { publicationId: OTHER, role: "PAGE_EDITOR" },
    ],
  };

  it("finds the papers where an action is held", () => {
    expect(canSomewhere(user, "issue.import")).toBe(true);
    expect(publicationsWhere(user, "issue.import")).toEqual([OTHER]);
    expect(publicationsWhere(user, "issue.view")).toEqual([PAPER, OTHER]);
    expect(canSomewhere(user, "issue.publish")).toBe(false);
    expect(
      publicationsWhere(
        { id: "a", isAdmin: true, memberships: [] },
        "issue.publish",
      ),
    ).toBe("all");
  });
});
