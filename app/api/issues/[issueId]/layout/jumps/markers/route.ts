import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  regenerateJumpMarkers,
  regenerateMarkersSchema,
} from "@/lib/layout/regenerate-jump-markers";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/markers { jumpId } → { layoutVersion }: prints （下转N版）/（上接M版）
 * as the link says (the fix for a marker-mismatch finding).
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, regenerateMarkersSchema);
    const { issueId } = params;
    return Response.json(
      await regenerateJumpMarkers(db(), issueId, body, user.id),
    );
  },
});
