import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { renumberPage, renumberPageSchema } from "@/lib/layout/renumber-page";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/pages/:pageId/renumber { number } → { layoutVersion, renumbered:
 * [old, new][] }: the pages between move one step; jump markers follow.
 */
export const POST = routeHandler<{ issueId: string; pageId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, renumberPageSchema);
    const { issueId, pageId } = params;
    return Response.json(
      await renumberPage(db(), issueId, pageId, body, user.id),
    );
  },
});
