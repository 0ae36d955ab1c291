import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  undoReplaceBatch,
  undoReplaceRequestSchema,
} from "@/lib/issues/undo-replace-batch";

import { readJson } from "../../../../articles/_http/read-json";
import { respondWithError } from "../../../../articles/_http/respond-with-error";
import type { RouteParams } from "../../../../articles/_http/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/replace/undo { batchId } → UndoReplaceResult { restored:
 * { articleId, version }[], changedSince: { articleId, headline }[] } (articles edited after
 * the run are left alone and listed). 404 unknown batch; 400 already undone.
 */
export async function POST(
  request: Request,
  { params }: RouteParams<{ issueId: string }>,
) {
  try {
    const user = await requirePermission("article.edit");
    refuseCrossOrigin(request);
    const { batchId } = await readJson(request, undoReplaceRequestSchema);
    const { issueId } = await params;
    return Response.json(
      await undoReplaceBatch(db(), issueId, batchId, user.id),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
