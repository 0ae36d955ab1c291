import { undoSplit, undoSplitRequestSchema } from "@/lib/articles/undo-split";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../../_http/read-json";
import { respondWithError } from "../../../_http/respond-with-error";
import type { RouteParams } from "../../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/split/undo { sessionId? } — :articleId is the article a split
 * created. → MergeArticlesResult { article: ArticleWritten (the original, whole again), mergedId }.
 * 400 if the article was not split off.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, undoSplitRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await undoSplit(db(), { ...body, articleId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
