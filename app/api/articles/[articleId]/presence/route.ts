import { heartbeat, presenceRequestSchema } from "@/lib/articles/presence";
import { requirePermission } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";

import { readJson } from "../../_http/read-json";
import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/presence { sessionId, leave? } — the editor's heartbeat
 * (every ~15 s; `leave: true` on page leave, keepalive). → PresenceState
 * { holding, holder, takenOverBy, others } (lib/articles/presence.ts). Readers are present
 * too, so this needs issue.view only.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    const user = await requirePermission("issue.view");
    refuseCrossOrigin(request);
    const body = await readJson(request, presenceRequestSchema);
    const { articleId } = await params;
    return Response.json(
      await heartbeat(db(), {
        ...body,
        articleId,
        userId: user.id,
        canHold: hasPermission(user.role, "article.edit"),
      }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
