import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  joinContinuation,
  joinContinuationSchema,
} from "@/lib/layout/join-continuation";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/join { placementId } → { layoutVersion }: the continuation part runs
 * on in the part before it again. 400 for an article's first part.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, joinContinuationSchema);
    const { issueId } = await params;
    return Response.json(await joinContinuation(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
