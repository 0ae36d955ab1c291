import {
  setArticleStatus,
  setStatusRequestSchema,
} from "@/lib/articles/set-article-status";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/status { status: "IMPORTED" | "EDITING" | "PROOFREAD" }
 * (待校/校对中/已校对) → SetStatusResult { status, previous }. 400 for another status or an
 * approved article; 404 unknown article.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const { status } = await readJson(request, setStatusRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await setArticleStatus(db(), { articleId, status, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
