import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { getArticleParts } from "@/lib/layout/get-article-parts";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/layout/articles/:articleId → ArticlePartsView { articleId, version,
 * headline, blocks: { index, type, text }[], parts: { placementId, part, pageNumber, start, end }[] }:
 * the paragraphs a continuation can start at.
 */
export const GET = routeHandler<{ issueId: string; articleId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params }) {
    const { issueId, articleId } = params;
    return Response.json(await getArticleParts(db(), issueId, articleId), {
      headers: { "cache-control": "no-store" },
    });
  },
});
