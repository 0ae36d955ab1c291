import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { findInIssue, findRequestSchema } from "@/lib/issues/find-in-issue";

import { readJson } from "../../../articles/_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/find { query, caseSensitive?, after? } → FindResult { query,
 * matches: IssueMatch[] (id, articleId, headline, pageNumber, version, field, block, offset,
 * length, text, before, after; at most FIND_PAGE_SIZE), total, totalCapped, articleCount,
 * next } — pass `next` as `after` for the following page. A read: issue.view.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ request, params }) {
    const body = await readJson(request, findRequestSchema);
    const { issueId } = params;
    return Response.json(await findInIssue(db(), issueId, body));
  },
});
