import { z } from "zod";

import { getRevision } from "@/lib/articles/get-revision";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const versionSchema = z.coerce.number().int().min(1).max(2_147_483_647);

/**
 * GET /api/articles/:articleId/revisions/:version → { revision: RevisionContent }
 * (its snapshot as an ArticleSnapshot, whatever shape it was stored in). 400 for a version
 * that is not a number; 404 unknown revision.
 */
export const GET = routeHandler<{ articleId: string; version: string }>({
  access: { action: "issue.view", on: "article" },
  async run({ params }) {
    const { articleId, version } = params;
    const parsed = versionSchema.safeParse(version);
    if (!parsed.success)
      throw new ValidationError(
        "A revision is named by its number.",
        "版本号应为数字。",
      );
    return Response.json({
      revision: await getRevision(db(), articleId, parsed.data),
    });
  },
});
