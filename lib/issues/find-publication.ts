import "server-only";

import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

/** The publication by id, or the installation's first one when no id is given. */
export async function findPublication(prisma: Db, id: string | null) {
  const publication = id
    ? await prisma.publication.findUnique({ where: { id } })
    : await prisma.publication.findFirst({ orderBy: { createdAt: "asc" } });
  if (!publication)
    throw new ValidationError("Unknown publication.", "找不到该报纸。");
  return publication;
}
