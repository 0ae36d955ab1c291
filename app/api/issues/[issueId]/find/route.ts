import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { findInIssue, findRequestSchema } from "@/lib/issues/find-in-issue";

import { readJson } from "../../../articles/_http/read-json";
import { respondWithError } from "../../../articles/_http/respond-with-error";
import type { RouteParams } from "../../../articles/_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/find { query, caseSensitive?, after? } → FindResult { query,
 * matches: IssueMatch[] (id, articleId, headline, pageNumber, version, field, block, offset,
 * length, text, before, after; at most FIND_PAGE_SIZE), total, totalCapped, articleCount,
 * next } — pass `next` as `after` for the following page. A read: issue.view.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    await requirePermission("issue.view");
    refuseCrossOrigin(request);
    const body = await readJson(request, findRequestSchema);
    const { issueId } = await params;
    return Response.json(await findInIssue(db(), issueId, body));
  } catch (error) {
    return respondWithError(error);
  }
}
