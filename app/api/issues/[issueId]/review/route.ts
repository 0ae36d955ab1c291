import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { submitForReview } from "@/lib/issues/submit-for-review";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/review → { status: "IN_REVIEW" }: 草稿 → 审核中. 400 while the
 * validation report has findings neither fixed nor waived, or the issue is not a draft.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const { issueId } = await params;
    return Response.json(await submitForReview(db(), issueId, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
