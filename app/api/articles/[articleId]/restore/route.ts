import {
  restoreRequestSchema,
  restoreRevision,
} from "@/lib/articles/restore-revision";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/restore { version, baseVersion?, sessionId? } → ArticleWritten
 * { status: "saved", version, snapshot, suggestions, repairs }: the restore is a new revision.
 * 404 unknown revision; 409 the article changed after baseVersion.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, restoreRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await restoreRevision(db(), { ...body, articleId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
