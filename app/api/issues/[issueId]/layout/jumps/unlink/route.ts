import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { unlinkJump, unlinkJumpSchema } from "@/lib/layout/unlink-jump";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/unlink { jumpId } → { layoutVersion }: the jump waits again.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, unlinkJumpSchema);
    const { issueId } = await params;
    return Response.json(await unlinkJump(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
