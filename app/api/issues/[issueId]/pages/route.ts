import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { addPage, addPageSchema } from "@/lib/layout/add-page";

export const dynamic = "force-dynamic";

/**
 * POST /api/issues/:issueId/pages { number, name?, capacity? } → { layoutVersion, pageId }. 409 the number is taken.
 */
export const POST = routeHandler<{ issueId: string }>({
  access: { action: "layout.edit", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, addPageSchema);
    const { issueId } = params;
    return Response.json(await addPage(db(), issueId, body, user.id));
  },
});
