import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { editPage, editPageSchema } from "@/lib/layout/edit-page";
import { removePage } from "@/lib/layout/remove-page";

export const dynamic = "force-dynamic";

type Params = RouteParams<{ issueId: string; pageId: string }>;

/** PATCH /api/issues/:issueId/pages/:pageId { name?, capacity? } → { layoutVersion }: 版名 and 字数 capacity. */
export async function PATCH(request: Request, { params }: Params) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, editPageSchema);
    const { issueId, pageId } = await params;
    return Response.json(await editPage(db(), issueId, pageId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}

/**
 * DELETE /api/issues/:issueId/pages/:pageId → { layoutVersion }: its articles go to 未分配.
 * 400 while it holds part of an article that runs over several pages.
 */
export async function DELETE(request: Request, { params }: Params) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const { issueId, pageId } = await params;
    return Response.json(await removePage(db(), issueId, pageId, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
