// A staff account for tests, seeds and benchmarks: an administrator, or a
// role on the given publications (every existing one by default).
import type { Role } from "@prisma/client";

import type { Db } from "@/lib/db/client";

export interface StaffInput {
  email: string;
  name?: string;
  /** "ADMIN" makes an administrator (User.isAdmin) with no memberships. */
  role: Role | "ADMIN";
  /** The papers the role is held on; every publication in the database when left out. */
  publicationIds?: readonly string[];
  passwordHash?: string;
}

/** Creates the user and their memberships; returns the user's id. */
export async function createStaff(
  prisma: Db,
  input: StaffInput,
): Promise<string> {
  const isAdmin = input.role === "ADMIN";
  const papers = isAdmin
    ? []
    : (input.publicationIds ??
      (await prisma.publication.findMany({ select: { id: true } })).map(
        (p) => p.id,
      ));
  const user = await prisma.user.create({
    data: {
      email: input.email,
      name: input.name ?? input.email.split("@")[0]!,
      passwordHash: input.passwordHash ?? "x",
      isAdmin,
      memberships: {
        create: papers.map((publicationId) => ({
          publicationId,
          role: input.role as Role,
        })),
      },
    },
  });
  return user.id;
}
