import {
  reviewRepairs,
  reviewRepairsRequestSchema,
} from "@/lib/articles/review-repairs";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/repairs { status: "ACCEPTED" | "REJECTED", kind? | repairIds?,
 * baseVersion, sessionId? } — all of a kind, or a list, on the stored text (save pending edits
 * first). → ReviewRepairsResult (ArticleWritten + notFound: ids whose place was edited away).
 * 409 the article changed after baseVersion.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, reviewRepairsRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await reviewRepairs(db(), { ...body, articleId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
