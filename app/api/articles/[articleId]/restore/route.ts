import {
  restoreRequestSchema,
  restoreRevision,
} from "@/lib/articles/restore-revision";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/:articleId/restore { version, baseVersion?, sessionId? } → ArticleWritten
 * { status: "saved", version, snapshot, suggestions, repairs }: the restore is a new revision.
 * 404 unknown revision; 409 the article changed after baseVersion.
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "article.edit", on: "article" },
  async run({ request, params, user }) {
    const body = await readJson(request, restoreRequestSchema);
    const { articleId } = params;
    return Response.json(
      await restoreRevision(db(), { ...body, articleId, userId: user.id }),
    );
  },
});
