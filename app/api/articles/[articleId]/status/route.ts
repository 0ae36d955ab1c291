import {
  setArticleStatus,
  setStatusRequestSchema,
} from "@/lib/articles/set-article-status";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/status { status: "IMPORTED" | "EDITING" | "PROOFREAD" }
 * (待校/校对中/已校对) → SetStatusResult { status, previous }. 400 for another status or an
 * approved article; 404 unknown article.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "article.edit", on: "article" },
  async run({ request, params, user }) {
    const { status } = await readJson(request, setStatusRequestSchema);
    const { articleId } = params;
    return Response.json(
      await setArticleStatus(db(), { articleId, status, userId: user.id }),
    );
  },
});
