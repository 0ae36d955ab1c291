// What the administrators' screen shows (/desk/users): every account with its
// roles per paper and its state, and the papers roles can be held on.
import "server-only";

import type { Role } from "@prisma/client";

import { roles } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  active: boolean;
  /** Roles by paper, papers in name order, roles in the policy's order (chief editor first). */
  papers: { publicationId: string; name: string; roles: Role[] }[];
  lastSignInAt: Date | null;
  /** The expiry of an unused invite link, when the account waits for one. */
  inviteExpiresAt: Date | null;
}

export interface PaperOption {
  id: string;
  name: string;
}

/** The publications, by name: where roles can be granted. */
export function listPapers(prisma: Db): Promise<PaperOption[]> {
  return prisma.publication.findMany({
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Every account (or only `userId`), active ones first, then by name; one
 * query for accounts, memberships with their paper's name, and unused
 * unexpired invites.
 */
export async function listUsers(
  prisma: Db,
  options: { userId?: string; now?: Date } = {},
): Promise<UserRow[]> {
  const now = options.now ?? new Date();
  const users = await prisma.user.findMany({
    where: options.userId ? { id: options.userId } : {},
    orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      active: true,
      lastSignInAt: true,
      memberships: {
        select: {
          role: true,
          publication: { select: { id: true, name: true } },
        },
      },
      invites: {
        where: { usedAt: null, expiresAt: { gt: now } },
        select: { expiresAt: true },
        orderBy: { expiresAt: "desc" },
        take: 1,
      },
    },
  });
  return users.map(({ memberships, invites, ...user }) => {
    const papers = new Map<string, UserRow["papers"][number]>();
    for (const m of memberships) {
      const paper = papers.get(m.publication.id) ?? {
        publicationId: m.publication.id,
        name: m.publication.name,
        roles: [],
      };
      paper.roles.push(m.role);
      paper.roles.sort((a, b) => roles.indexOf(a) - roles.indexOf(b));
      papers.set(paper.publicationId, paper);
    }
    return {
      ...user,
      papers: [...papers.values()].sort((a, b) =>
        a.name.localeCompare(b.name, "zh-CN"),
      ),
      inviteExpiresAt: invites[0]?.expiresAt ?? null,
    };
  });
}
