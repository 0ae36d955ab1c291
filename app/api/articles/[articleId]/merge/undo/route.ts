import {
  unmergeArticle,
  unmergeRequestSchema,
} from "@/lib/articles/unmerge-article";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/merge/undo { sessionId? } — :articleId is the article that was
 * merged away. → MergeArticlesResult { article: the first as it is now, mergedId }. 400 not
 * merged; 409 the appended text was edited since.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "layout.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, unmergeRequestSchema);
    const { articleId } = params;
    return Response.json(
      await unmergeArticle(db(), { ...body, articleId, userId: user.id }),
    );
  },
});
