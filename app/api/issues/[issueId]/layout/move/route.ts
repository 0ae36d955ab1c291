import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { movePart, moveRequestSchema } from "@/lib/layout/move-part";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/move { baseVersion, placementId | articleId, fromPageId, toPageId,
 * afterId } → { layoutVersion, placementId }. 409 when the board was out of date for this move
 * (reload the board); 400 a page or part of another issue, or an article running over several pages sent to 未分配.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, moveRequestSchema);
    const { issueId } = await params;
    return Response.json(await movePart(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
