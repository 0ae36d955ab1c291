import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { editPage, editPageSchema } from "@/lib/layout/edit-page";
import { removePage } from "@/lib/layout/remove-page";

export const dynamic = "force-dynamic";

type Params = { issueId: string; pageId: string };

/** PATCH /api/issues/:issueId/pages/:pageId { name?, capacity? } → { layoutVersion }: 版名 and 字数 capacity. */
export const PATCH = routeHandler<Params>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, editPageSchema);
    const { issueId, pageId } = params;
    return Response.json(await editPage(db(), issueId, pageId, body, user.id));
  },
});

/**
 * DELETE /api/issues/:issueId/pages/:pageId → { layoutVersion }: its articles go to 未分配.
 * 400 while it holds part of an article that runs over several pages.
 */
export const DELETE = routeHandler<Params>({
  access: { action: "layout.edit", on: "issue" },
  async run({ params, user }) {
    const { issueId, pageId } = params;
    return Response.json(await removePage(db(), issueId, pageId, user.id));
  },
});
