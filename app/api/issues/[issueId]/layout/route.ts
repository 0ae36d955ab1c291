import { issueNotFound } from "@/lib/articles/not-found-error";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { getBoard } from "@/lib/layout/get-board";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/layout → BoardData (lib/layout/get-board.ts): { issue, columns: a
 * page each with its cards, unassigned, report, stamp }. What the board reloads when the stamp changes.
 */
export const GET = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params }) {
    const { issueId } = params;
    const board = await getBoard(db(), issueId);
    if (!board) throw issueNotFound();
    return Response.json(board, { headers: { "cache-control": "no-store" } });
  },
});
