import {
  reviewRepairs,
  reviewRepairsRequestSchema,
} from "@/lib/articles/review-repairs";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/repairs { status: "ACCEPTED" | "REJECTED", kind? | repairIds?,
 * baseVersion, sessionId? } — all of a kind, or a list, on the stored text (save pending edits
 * first). → ReviewRepairsResult (ArticleWritten + notFound: ids whose place was edited away).
 * 409 the article changed after baseVersion.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "article.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, reviewRepairsRequestSchema);
    const { articleId } = params;
    return Response.json(
      await reviewRepairs(db(), { ...body, articleId, userId: user.id }),
    );
  },
});
