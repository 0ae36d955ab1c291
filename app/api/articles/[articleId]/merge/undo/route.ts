import {
  unmergeArticle,
  unmergeRequestSchema,
} from "@/lib/articles/unmerge-article";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../../_http/read-json";
import { respondWithError } from "../../../_http/respond-with-error";
import type { RouteParams } from "../../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/merge/undo { sessionId? } — :articleId is the article that was
 * merged away. → MergeArticlesResult { article: the first as it is now, mergedId }. 400 not
 * merged; 409 the appended text was edited since.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, unmergeRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await unmergeArticle(db(), { ...body, articleId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
