import {
  presenceRequestSchema,
  takeOverArticle,
} from "@/lib/articles/presence";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

const takeoverRequestSchema = presenceRequestSchema.pick({ sessionId: true });

/**
 * POST /api/articles/:articleId/takeover { sessionId } → PresenceState with this tab holding
 * the article; the previous holder's next heartbeat answers takenOverBy.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const { sessionId } = await readJson(request, takeoverRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await takeOverArticle(db(), { articleId, sessionId, userId: user.id }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
