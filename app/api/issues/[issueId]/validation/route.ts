import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getValidationReport } from "@/lib/layout/validation/get-validation-report";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/validation → { findings: { key, rule, params, target, waiver }[], open,
 * waived, layoutVersion }: the checks the issue must pass (or waive) before review.
 */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { issueId } = await params;
    return Response.json(await getValidationReport(db(), issueId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
