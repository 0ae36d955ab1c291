import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  replaceInIssue,
  replaceRequestSchema,
} from "@/lib/issues/replace-in-issue";

import { readJson } from "../../../articles/_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/replace { query, replacement, caseSensitive?, matchIds (≤ REPLACE_MAX_MATCHES) } →
 * ReplaceResult { batchId, replaced, articles: { articleId, version, replaced }[], skipped:
 * { matchId, articleId }[] } — one transaction; matches whose article changed since the
 * search are skipped. Undo with POST …/replace/undo { batchId }.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "article.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, replaceRequestSchema);
    const { issueId } = params;
    return Response.json(await replaceInIssue(db(), issueId, body, user.id));
  },
});
