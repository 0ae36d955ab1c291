import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  replaceInIssue,
  replaceRequestSchema,
} from "@/lib/issues/replace-in-issue";

import { readJson } from "../../../articles/_http/read-json";
import { respondWithError } from "../../../articles/_http/respond-with-error";
import type { RouteParams } from "../../../articles/_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/replace { query, replacement, caseSensitive?, matchIds (≤ REPLACE_MAX_MATCHES) } →
 * ReplaceResult { batchId, replaced, articles: { articleId, version, replaced }[], skipped:
 * { matchId, articleId }[] } — one transaction; matches whose article changed since the
 * search are skipped. Undo with POST …/replace/undo { batchId }.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, replaceRequestSchema);
    const { issueId } = await params;
    return Response.json(await replaceInIssue(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
