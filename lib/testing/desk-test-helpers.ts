// Small helpers for the desk's integration tests: read an article's stored
// content, and edit a snapshot the way an editor would.
import { docToBlocks } from "@/lib/articles/article-doc";
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import {
  articleContentSelect,
  snapshotOfArticle,
} from "@/lib/articles/read-snapshot";
import type { Db } from "@/lib/db/client";

export async function storedArticle(prisma: Db, articleId: string) {
  const row = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      ...articleContentSelect,
      version: true,
      bodyText: true,
      wordCount: true,
      suggestionCount: true,
    },
  });
  return { ...row, snapshot: snapshotOfArticle(row) };
}

/** The snapshot with body block `index` replaced by a paragraph of `text`. */
export function withBlockText(
  snapshot: ArticleSnapshot,
  index: number,
  text: string,
): ArticleSnapshot {
  const content = [...snapshot.body.content];
  content[index] = {
    type: "paragraph",
    content: text ? [{ type: "text", text }] : undefined,
  };
  return { ...snapshot, body: { type: "doc", content } };
}

export function blockText(snapshot: ArticleSnapshot, index: number): string {
  return docToBlocks(snapshot.body)[index]?.text ?? "";
}
