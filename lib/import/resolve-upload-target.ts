import "server-only";

import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { findPublication } from "@/lib/issues/find-publication";

import type { UploadTarget } from "./parse-upload";

/**
 * The publication and date an upload goes to: those of the chosen issue, or
 * the given date in the given (or first) publication. Throws ValidationError
 * for an issue or publication that does not exist.
 */
export async function resolveUploadTarget(
  prisma: Db,
  target: UploadTarget,
): Promise<{ publicationId: string; date: string }> {
  if (target.kind === "issue") {
    const issue = await prisma.issue.findUnique({
      where: { id: target.issue },
      select: { publicationId: true, date: true },
    });
    if (!issue)
      throw new ValidationError(
        "That issue no longer exists.",
        "所选期次已不存在。",
      );
    return {
      publicationId: issue.publicationId,
      date: issue.date.toISOString().slice(0, 10),
    };
  }
  const publication = await findPublication(prisma, target.publication);
  return { publicationId: publication.id, date: target.date };
}
