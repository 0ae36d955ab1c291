import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { movePart, moveRequestSchema } from "@/lib/layout/move-part";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/move { baseVersion, placementId | articleId, fromPageId, toPageId,
 * afterId } → { layoutVersion, placementId }. 409 when the board was out of date for this move
 * (reload the board); 400 a page or part of another issue, or an article running over several pages sent to 未分配.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, moveRequestSchema);
    const { issueId } = params;
    return Response.json(await movePart(db(), issueId, body, user.id));
  },
});
