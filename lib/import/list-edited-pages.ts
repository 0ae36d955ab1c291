// Which pages of an upload editors have already changed, told before the
// import (the analyse step), so the editor chooses skip or revise knowingly
// instead of meeting a refusal after confirming.
import "server-only";

import type { Db } from "@/lib/db/client";

import { findEditedPages } from "./edited-pages";

/** A page of the target issue that editors have changed. */
export interface EditedPageNotice {
  number: number;
  /** Articles on the page that editors corrected (or moved on in status). */
  corrected: number;
  signedOff: boolean;
}

/**
 * The pages among `numbers` of the issue of `target` (publication and
 * ISO date) that editors have changed, by page number; [] when that issue
 * does not exist yet. Reads only; throws nothing of its own.
 */
export async function listEditedPages(
  prisma: Db,
  target: { publicationId: string; date: string },
  numbers: readonly (number | null)[],
): Promise<EditedPageNotice[]> {
  const issue = await prisma.issue.findUnique({
    where: {
      publicationId_date: {
        publicationId: target.publicationId,
        date: new Date(`${target.date}T00:00:00Z`),
      },
    },
    select: { id: true },
  });
  const known = numbers.filter((n): n is number => n !== null);
  if (!issue || known.length === 0) return [];
  // A read-only transaction: findEditedPages is written for the import's own.
  const edited = await prisma.$transaction((tx) =>
    findEditedPages(tx, issue.id, known),
  );
  return [...edited.values()]
    .map((p) => ({
      number: p.number,
      corrected: p.corrected,
      signedOff: p.signedOff,
    }))
    .sort((a, b) => a.number - b.number);
}
