import {
  mergeArticles,
  mergeRequestSchema,
} from "@/lib/articles/merge-articles";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/merge { secondId, baseVersion?, sessionId? } — appends the
 * second article (same issue) to :articleId. → MergeArticlesResult { article, mergedId }.
 * Undo with POST /api/articles/:secondId/merge/undo. 400 same article or another issue;
 * 409 changed since baseVersion or already merged.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, mergeRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await mergeArticles(db(), {
        ...body,
        firstId: articleId,
        userId: user.id,
      }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
