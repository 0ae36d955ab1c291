// The roles an administrator grants, checked before they are written: each
// (paper, role) once, on papers that exist.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { MembershipGrant } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors";

/**
 * `grants` without repeats, in a stable order (paper, then role); a
 * ValidationError when one names a publication that does not exist.
 */
export async function checkedGrants(
  tx: Prisma.TransactionClient,
  grants: readonly MembershipGrant[],
): Promise<MembershipGrant[]> {
  const unique = new Map(
    grants.map((g) => [`${g.publicationId}\t${g.role}`, g] as const),
  );
  const ids = [...new Set(grants.map((g) => g.publicationId))];
  const found = ids.length
    ? await tx.publication.count({ where: { id: { in: ids } } })
    : 0;
  if (found !== ids.length)
    throw new ValidationError(
      "A role names a paper that does not exist (any more).",
      "所选角色对应的报纸不存在（可能已被删除）。",
    );
  return [...unique.keys()].sort().map((key) => {
    const { publicationId, role } = unique.get(key)!;
    return { publicationId, role };
  });
}
