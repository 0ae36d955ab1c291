import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { renumberPage, renumberPageSchema } from "@/lib/layout/renumber-page";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/pages/:pageId/renumber { number } → { layoutVersion, renumbered:
 * [old, new][] }: the pages between move one step; jump markers follow.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string; pageId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, renumberPageSchema);
    const { issueId, pageId } = await params;
    return Response.json(
      await renumberPage(db(), issueId, pageId, body, user.id),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
