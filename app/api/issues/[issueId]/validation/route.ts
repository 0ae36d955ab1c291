import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { getValidationReport } from "@/lib/layout/validation/get-validation-report";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/validation → { findings: { key, rule, params, target, waiver }[], open,
 * waived, layoutVersion }: the checks the issue must pass (or waive) before review.
 */
export const GET = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params }) {
    const { issueId } = params;
    return Response.json(await getValidationReport(db(), issueId), {
      headers: { "cache-control": "no-store" },
    });
  },
});
