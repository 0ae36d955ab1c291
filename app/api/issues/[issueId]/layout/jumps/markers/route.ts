import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  regenerateJumpMarkers,
  regenerateMarkersSchema,
} from "@/lib/layout/regenerate-jump-markers";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/markers { jumpId } → { layoutVersion }: prints （下转N版）/（上接M版）
 * as the link says (the fix for a marker-mismatch finding).
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, regenerateMarkersSchema);
    const { issueId } = await params;
    return Response.json(
      await regenerateJumpMarkers(db(), issueId, body, user.id),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
