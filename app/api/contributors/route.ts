import { requirePermission } from "@/lib/auth/current-user";
import { contributorQuerySchema, searchContributors } from "@/lib/articles/search-contributors";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { respondWithError } from "../articles/_http/respond-with-error";

export const dynamic = "force-dynamic";

/**
 * GET /api/contributors?articleId=…&q=… → { contributors: ContributorOption[] } ({ id, name,
 * credits }): the article's publication's contributors whose name contains q, most credited
 * first (at most 20). 400 without articleId; 404 unknown article.
 */
export async function GET(request: Request) {
  try {
    await requirePermission("issue.view");
    const url = new URL(request.url);
    const parsed = contributorQuerySchema.safeParse({
      articleId: url.searchParams.get("articleId") ?? undefined,
      q: url.searchParams.get("q") ?? undefined,
    });
    if (!parsed.success) {
      throw new ValidationError("Give the article (articleId) and at most 40 characters to search.", "请提供稿件（articleId）和不超过 40 个字的查询。");
    }
    return Response.json({ contributors: await searchContributors(db(), parsed.data.articleId, parsed.data.q) });
  } catch (error) {
    return respondWithError(error);
  }
}
