import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getArticleParts } from "@/lib/layout/get-article-parts";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/layout/articles/:articleId → ArticlePartsView { articleId, version,
 * headline, blocks: { index, type, text }[], parts: { placementId, part, pageNumber, start, end }[] }:
 * the paragraphs a continuation can start at.
 */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ issueId: string; articleId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { issueId, articleId } = await params;
    return Response.json(await getArticleParts(db(), issueId, articleId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
