import { listRevisions } from "@/lib/articles/list-revisions";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:articleId/revisions → { revisions: RevisionListItem[] }, newest first,
 * coalesced autosaves left out. 404 unknown article.
 */
export const GET = routeHandler<{ articleId: string }>({
  access: { action: "issue.view", on: "article" },
  async run({ params }) {
    const { articleId } = params;
    return Response.json({ revisions: await listRevisions(db(), articleId) });
  },
});
