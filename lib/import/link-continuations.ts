// A continuation (上接1版) imported after the page it continues from: link
// the open jump on that page to it. The parts stay separate articles so
// that no editor's work is rewritten; layout can merge them.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { OcrWarning } from "@/lib/ocr/types";

import type { ArticlePart } from "./group-article-parts";

export interface ContinuationLink {
  part: ArticlePart;
  jumpId: string;
}

/** Open jumps in the database that these continuations answer. */
export async function findOpenJumps(
  tx: Prisma.TransactionClient,
  issueId: string,
  continuations: readonly ArticlePart[],
  warnings: OcrWarning[],
): Promise<ContinuationLink[]> {
  if (continuations.length === 0) return [];
  const open = await tx.jump.findMany({
    where: { toPlacementId: null, fromPlacement: { page: { issueId } } },
    select: {
      id: true,
      toPageNumber: true,
      fromPlacement: { select: { page: { select: { number: true } }, article: { select: { headline: true } } } },
    },
  });
  const taken = new Set<string>();
  const links: ContinuationLink[] = [];
  for (const part of continuations) {
    const fromPage = part.article.jumps.find((j) => j.direction === "from")?.page;
    const jump = open.find(
      (j) => !taken.has(j.id) && j.toPageNumber === part.page && j.fromPlacement.page.number === fromPage,
    );
    if (!jump) {
      warnings.push({
        file: null,
        page: part.page,
        message: `“${part.article.headline ?? ""}” continues from page ${fromPage}, but no open jump there points to page ${part.page}.`,
      });
      continue;
    }
    taken.add(jump.id);
    links.push({ part, jumpId: jump.id });
  }
  return links;
}
