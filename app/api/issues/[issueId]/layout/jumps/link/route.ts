import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { linkJump, linkJumpSchema } from "@/lib/layout/link-jump";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/link { fromPlacementId, toPlacementId } → { layoutVersion, jumpId }:
 * links a jump by hand, markers generated. 409 when either end is linked already.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, linkJumpSchema);
    const { issueId } = await params;
    return Response.json(await linkJump(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
