import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { linkJump, linkJumpSchema } from "@/lib/layout/link-jump";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/link { fromPlacementId, toPlacementId } → { layoutVersion, jumpId }:
 * links a jump by hand, markers generated. 409 when either end is linked already.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, linkJumpSchema);
    const { issueId } = params;
    return Response.json(await linkJump(db(), issueId, body, user.id));
  },
});
