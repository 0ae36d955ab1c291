import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  splitContinuation,
  splitContinuationSchema,
} from "@/lib/layout/split-continuation";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/continuations { articleId, atBlock, toPageId, baseVersion, afterId? }
 * → { layoutVersion, placementId, part, markerOut, markerIn }: the article continues on that page
 * from paragraph atBlock. 409 the article changed since baseVersion; 400 a paragraph that starts a part.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, splitContinuationSchema);
    const { issueId } = params;
    return Response.json(await splitContinuation(db(), issueId, body, user.id));
  },
});
