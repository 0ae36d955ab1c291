import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  joinContinuation,
  joinContinuationSchema,
} from "@/lib/layout/join-continuation";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/join { placementId } → { layoutVersion }: the continuation part runs
 * on in the part before it again. 400 for an article's first part.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, joinContinuationSchema);
    const { issueId } = params;
    return Response.json(await joinContinuation(db(), issueId, body, user.id));
  },
});
