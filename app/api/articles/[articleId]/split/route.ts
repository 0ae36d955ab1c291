import { splitArticle, splitRequestSchema } from "@/lib/articles/split-article";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/split { atBlock, baseVersion, sessionId? } → SplitResult
 * { original: ArticleWritten, created: { id, version, snapshot } }. Undo with
 * POST /api/articles/:createdId/split/undo. 400 atBlock outside 1…n-1; 409 changed since baseVersion.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "layout.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, splitRequestSchema);
    const { articleId } = params;
    return Response.json(
      await splitArticle(db(), { ...body, articleId, userId: user.id }),
    );
  },
});
