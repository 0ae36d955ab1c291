import {
  contributorQuerySchema,
  searchContributors,
} from "@/lib/articles/search-contributors";
import { articleResource } from "@/lib/auth/locate-resource";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { describeIssue } from "@/lib/validation/describe-issue";

export const dynamic = "force-dynamic";

/**
 * GET /api/contributors?articleId=…&q=… → { contributors: ContributorOption[] } ({ id, name,
 * credits }): the article's publication's contributors whose name contains q, most credited
 * first (at most 20). 400 without articleId; 404 unknown article.
 */
export const GET = routeHandler({
  // The article is named in the query string: authorized once it is parsed.
  access: { action: "issue.view", on: "publication" },
  async run({ request, authorize }) {
    const url = new URL(request.url);
    const parsed = contributorQuerySchema.safeParse({
      articleId: url.searchParams.get("articleId") ?? undefined,
      q: url.searchParams.get("q") ?? undefined,
    });
    if (!parsed.success) {
      // The field in the reader's words ("稿件缺失"), never its property name inside a Chinese sentence.
      const issue = describeIssue(parsed.error.issues[0]);
      throw new ValidationError(
        `The contributor search is not valid: ${issue.en}. Give the article and at most 40 characters to search.`,
        `署名人查询不正确：${issue.zh}。请提供稿件和不超过 40 个字的查询。`,
      );
    }
    authorize(await articleResource(db(), parsed.data.articleId));
    return Response.json({
      contributors: await searchContributors(
        db(),
        parsed.data.articleId,
        parsed.data.q,
      ),
    });
  },
});
