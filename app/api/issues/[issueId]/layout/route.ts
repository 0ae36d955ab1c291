import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { issueNotFound } from "@/lib/articles/not-found-error";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getBoard } from "@/lib/layout/get-board";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/layout → BoardData (lib/layout/get-board.ts): { issue, columns: a
 * page each with its cards, unassigned, report, stamp }. What the board reloads when the stamp changes.
 */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { issueId } = await params;
    const board = await getBoard(db(), issueId);
    if (!board) throw issueNotFound();
    return Response.json(board, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return respondWithError(error);
  }
}
