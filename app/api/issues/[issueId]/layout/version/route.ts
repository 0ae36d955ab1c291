import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getLayoutStamp } from "@/lib/layout/get-layout-stamp";

export const dynamic = "force-dynamic";

/** GET /api/issues/:issueId/layout/version → { layoutVersion, stamp }: polled by open boards. */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { issueId } = await params;
    return Response.json(await getLayoutStamp(db(), issueId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
