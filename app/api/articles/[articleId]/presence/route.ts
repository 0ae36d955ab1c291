import { heartbeat, presenceRequestSchema } from "@/lib/articles/presence";
import { can } from "@/lib/auth/policy";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/presence { sessionId, leave? } — the editor's heartbeat
 * (every ~15 s; `leave: true` on page leave, keepalive). → PresenceState
 * { holding, holder, takenOverBy, others } (lib/articles/presence.ts). Readers are present
 * too, so this needs issue.view only.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "issue.view", on: "article" },
  async run({ request, params, user, resource }) {
    const body = await readJson(request, presenceRequestSchema);
    const { articleId } = params;
    return Response.json(
      await heartbeat(db(), {
        ...body,
        articleId,
        userId: user.id,
        canHold: resource !== null && can(user, "article.edit", resource),
      }),
    );
  },
});
