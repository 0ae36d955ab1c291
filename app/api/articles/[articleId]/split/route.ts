import { splitArticle, splitRequestSchema } from "@/lib/articles/split-article";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/split { atBlock, baseVersion, sessionId? } → SplitResult
 * { original: ArticleWritten, created: { id, version, snapshot } }. Undo with
 * POST /api/articles/:createdId/split/undo. 400 atBlock outside 1…n-1; 409 changed since baseVersion.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, splitRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await splitArticle(db(), { ...body, articleId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
