// The automatic repairs of an article as the repairs panel lists them: in
// text order, each with its verdict and where it sits in the current text.
import "server-only";

import type {
  Prisma,
  RepairField,
  RepairKind,
  RepairStatus,
} from "@prisma/client";

import type { ArticleSnapshot } from "./article-snapshot";
import { locateRepair, sortRepairsInTextOrder } from "./repairs/review-repair";

export interface RepairView {
  id: string;
  kind: RepairKind;
  /** KICKER/HEADLINE/DECK for a header repair, null in the body. */
  field: RepairField | null;
  /** The body block the import produced it in (-1 in the header). */
  blockIndex: number;
  /** The characters as OCR read them (with a little context). */
  original: string;
  replacement: string;
  status: RepairStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Where it is in the current text; null when the text there was edited away. */
  place: ReturnType<typeof locateRepair>;
}

export const repairSelect = {
  id: true,
  kind: true,
  field: true,
  blockIndex: true,
  original: true,
  replacement: true,
  status: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
} as const satisfies Prisma.RepairSelect;

export type RepairRow = Prisma.RepairGetPayload<{
  select: typeof repairSelect;
}>;

/** Repair rows as views located in `snapshot`, sorted in text order. */
export function repairViews(
  rows: readonly RepairRow[],
  snapshot: ArticleSnapshot,
): RepairView[] {
  return sortRepairsInTextOrder(snapshot, rows).map((r) => ({
    id: r.id,
    kind: r.kind,
    field: r.field,
    blockIndex: r.blockIndex,
    original: r.original,
    replacement: r.replacement,
    status: r.status,
    reviewedBy: r.reviewedBy?.name ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    // A rejected repair is no longer in the text: nothing to point at.
    place: r.status === "REJECTED" ? null : locateRepair(snapshot, r),
  }));
}

/** The article's repairs located in `snapshot` (its current content). */
export async function listArticleRepairs(
  tx: Prisma.TransactionClient,
  articleId: string,
  snapshot: ArticleSnapshot,
): Promise<RepairView[]> {
  const rows = await tx.repair.findMany({
    where: { articleId },
    select: repairSelect,
  });
  return repairViews(rows, snapshot);
}
