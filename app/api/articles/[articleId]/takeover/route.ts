import {
  presenceRequestSchema,
  takeOverArticle,
} from "@/lib/articles/presence";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

const takeoverRequestSchema = presenceRequestSchema.pick({ sessionId: true });

/**
 * POST /api/articles/:articleId/takeover { sessionId } → PresenceState with this tab holding
 * the article; the previous holder's next heartbeat answers takenOverBy.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "article.edit", on: "article" },
  async run({ request, params, user }) {
    const { sessionId } = await readJson(request, takeoverRequestSchema);
    const { articleId } = params;
    return Response.json(
      await takeOverArticle(db(), { articleId, sessionId, userId: user.id }),
    );
  },
});
