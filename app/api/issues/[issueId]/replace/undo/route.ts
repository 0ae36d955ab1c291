import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  undoReplaceBatch,
  undoReplaceRequestSchema,
} from "@/lib/issues/undo-replace-batch";

import { readJson } from "../../../../articles/_http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/replace/undo { batchId } → UndoReplaceResult { restored:
 * { articleId, version }[], changedSince: { articleId, headline }[] } (articles edited after
 * the run are left alone and listed). 404 unknown batch; 400 already undone.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "article.edit", on: "issue" },
  async run({ request, params, user }) {
    const { batchId } = await readJson(request, undoReplaceRequestSchema);
    const { issueId } = params;
    return Response.json(
      await undoReplaceBatch(db(), issueId, batchId, user.id),
    );
  },
});
