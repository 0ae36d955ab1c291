import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { submitForReview } from "@/lib/issues/submit-for-review";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/review → { status: "IN_REVIEW" }: 草稿 → 审核中. 400 while the
 * validation report has findings neither fixed nor waived, or the issue is not a draft.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "issue.submit", on: "issue" },
  async run({ params, user }) {
    const { issueId } = params;
    return Response.json(await submitForReview(db(), issueId, user.id));
  },
});
