import { undoSplit, undoSplitRequestSchema } from "@/lib/articles/undo-split";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/split/undo { sessionId? } — :articleId is the article a split
 * created. → MergeArticlesResult { article: ArticleWritten (the original, whole again), mergedId }.
 * 400 if the article was not split off.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "layout.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, undoSplitRequestSchema);
    const { articleId } = params;
    return Response.json(
      await undoSplit(db(), { ...body, articleId, userId: user.id }),
    );
  },
});
