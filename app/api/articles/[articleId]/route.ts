import { getArticleForEditor } from "@/lib/articles/get-article-for-editor";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

import { respondWithError } from "../_http/respond-with-error";
import type { RouteParams } from "../_http/route-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:articleId → ArticleForEditor (lib/articles/get-article-for-editor.ts):
 * the editor's data, e.g. to reload after a conflict. 404 for an unknown article.
 */
export async function GET(
  _request: Request,
  { params }: RouteParams<{ articleId: string }>,
) {
  try {
    await requirePermission("issue.view");
    const { articleId } = await params;
    return Response.json(await getArticleForEditor(db(), articleId));
  } catch (error) {
    return respondWithError(error);
  }
}
