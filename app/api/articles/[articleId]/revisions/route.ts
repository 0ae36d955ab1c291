import { listRevisions } from "@/lib/articles/list-revisions";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

import { respondWithError } from "../../_http/respond-with-error";
import type { RouteParams } from "../../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:articleId/revisions → { revisions: RevisionListItem[] }, newest first,
 * coalesced autosaves left out. 404 unknown article.
 */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { articleId } = await params;
    return Response.json({ revisions: await listRevisions(db(), articleId) });
  } catch (error) {
    return respondWithError(error);
  }
}
