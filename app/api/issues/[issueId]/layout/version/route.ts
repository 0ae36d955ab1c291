import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { getLayoutStamp } from "@/lib/layout/get-layout-stamp";

export const dynamic = "force-dynamic";

/** GET /api/issues/:issueId/layout/version → { layoutVersion, stamp }: polled by open boards. */
export const GET = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params }) {
    const { issueId } = params;
    return Response.json(await getLayoutStamp(db(), issueId), {
      headers: { "cache-control": "no-store" },
    });
  },
});
