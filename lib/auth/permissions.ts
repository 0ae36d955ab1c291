// Permissions as data: one map from role to what it may do. Every server
// action and route checks one of these on the server.
import type { Role } from "@prisma/client";

export const permissions = [
  "issue.view",
  "issue.create",
  "issue.import",
  "article.edit",
  "layout.edit",
  /** Retire or reinstate a learned correction (学到的更正) of the paper. */
  "learned.manage",
  "issue.review",
  "issue.publish",
  "user.manage",
] as const;
export type Permission = (typeof permissions)[number];

const rolePermissions: Record<Role, readonly Permission[]> = {
  ADMIN: permissions,
  CHIEF_EDITOR: [
    "issue.view",
    "issue.create",
    "issue.import",
    "article.edit",
    "layout.edit",
    "learned.manage",
    "issue.review",
    "issue.publish",
  ],
  EDITOR: [
    "issue.view",
    "issue.create",
    "issue.import",
    "article.edit",
    "layout.edit",
    "learned.manage",
  ],
  PROOFREADER: ["issue.view", "article.edit"],
  VIEWER: ["issue.view"],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
