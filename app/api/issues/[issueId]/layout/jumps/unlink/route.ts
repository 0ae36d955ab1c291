import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { unlinkJump, unlinkJumpSchema } from "@/lib/layout/unlink-jump";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/layout/jumps/unlink { jumpId } → { layoutVersion }: the jump waits again.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, unlinkJumpSchema);
    const { issueId } = params;
    return Response.json(await unlinkJump(db(), issueId, body, user.id));
  },
});
