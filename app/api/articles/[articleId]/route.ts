import { getArticleForEditor } from "@/lib/articles/get-article-for-editor";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:articleId → ArticleForEditor (lib/articles/get-article-for-editor.ts):
 * the editor's data, e.g. to reload after a conflict. 404 for an unknown article.
 */
export const GET = routeHandler<{ articleId: string }>({
  access: { action: "issue.view", on: "article" },
  async run({ params }) {
    const { articleId } = params;
    return Response.json(await getArticleForEditor(db(), articleId));
  },
});
