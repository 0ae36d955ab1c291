import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { addPage, addPageSchema } from "@/lib/layout/add-page";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/pages { number, name?, capacity? } → { layoutVersion, pageId }. 409 the number is taken.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, addPageSchema);
    const { issueId } = await params;
    return Response.json(await addPage(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
