import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
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
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, splitContinuationSchema);
    const { issueId } = await params;
    return Response.json(await splitContinuation(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
