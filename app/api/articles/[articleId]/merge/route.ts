import {
  mergeArticles,
  mergeRequestSchema,
} from "@/lib/articles/merge-articles";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/merge { secondId, baseVersion?, sessionId? } — appends the
 * second article (same issue) to :articleId. → MergeArticlesResult { article, mergedId }.
 * Undo with POST /api/articles/:secondId/merge/undo. 400 same article or another issue;
 * 409 changed since baseVersion or already merged.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "layout.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, mergeRequestSchema);
    const { articleId } = params;
    return Response.json(
      await mergeArticles(db(), {
        ...body,
        firstId: articleId,
        userId: user.id,
      }),
    );
  },
});
