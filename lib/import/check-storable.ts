// What an import stores must pass the schema every save on the correction
// desk is checked against (articleSnapshotSchema): an article the desk cannot
// open or save is refused with the file, page and limit named, never stored.
// Oversized content is refused rather than split: a 100,000-character
// paragraph or a 5,000-block article is broken OCR, not a newspaper story,
// and cutting it at arbitrary places would hide that from the editor.
import { blocksToDoc } from "@/lib/articles/article-doc";
import { articleSnapshotSchema, type ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { ImportError } from "@/lib/ocr/import-error";
import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";
import type { OcrArticle, OcrDocument } from "@/lib/ocr/types";

import { groupArticleParts } from "./group-article-parts";

/** Where an article came from, for messages: its file, page and position there. */
export interface ArticlePlace {
  file: string | null;
  page: number | null;
  index: number;
}

/** The snapshot an import stores as revision 1 of an article (lib/articles/article-snapshot.ts). */
export function importSnapshot(first: OcrArticle, body: ArticleSnapshot["body"], genre: ArticleSnapshot["genre"]): ArticleSnapshot {
  return {
    kicker: first.kicker,
    headline: first.headline ?? "",
    deck: first.deck,
    dateline: first.dateline,
    rubric: first.rubric,
    genre,
    bylines: first.bylines.flatMap((b) =>
      (b.names.length ? b.names : [null]).map((name) => ({ role: b.role.toUpperCase() as ArticleSnapshot["bylines"][number]["role"], label: b.label, name })),
    ),
    body,
  };
}

/**
 * Throws an ImportError ("too-large") naming the article when `snapshot`
 * fails articleSnapshotSchema: a paragraph over 100,000 characters, more
 * than 5,000 blocks, a headline over 200 characters, and so on.
 */
export function assertStorable(snapshot: ArticleSnapshot, place: ArticlePlace): void {
  const parsed = articleSnapshotSchema.safeParse(snapshot);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const { en, zh } = describeIssue(issue.path, issue.code, (issue as { maximum?: unknown }).maximum, snapshot);
  const who = `${place.page === null ? "" : `page ${place.page}, `}article ${place.index}${snapshot.headline ? ` (“${snapshot.headline.slice(0, 30)}”)` : ""}`;
  const whoZh = `${place.page === null ? "" : `第${place.page}版`}第${place.index}篇${snapshot.headline ? `《${snapshot.headline.slice(0, 30)}》` : ""}`;
  throw new ImportError(
    "too-large",
    place.file,
    `${who}: ${en}; the editor could not open it. Nothing was stored; check the OCR file`,
    `${whoZh}：${zh}，编辑器无法打开。本次未做任何改动，请检查 OCR 文件`,
  );
}

/**
 * Refuses, before anything is stored, a document with more articles than
 * INPUT_LIMITS.maxArticles or an article (its parts across pages together)
 * the desk could not open (assertStorable). Pure; runs with segmentation.
 */
export function checkStorable(doc: OcrDocument): void {
  const count = doc.pages.reduce((n, p) => n + p.articles.length, 0);
  if (count > INPUT_LIMITS.maxArticles) {
    const max = INPUT_LIMITS.maxArticles;
    throw new ImportError(
      "too-large",
      null,
      `The upload holds ${count} articles; one import may hold ${max}. Import the issue in parts`,
      `本次上传共有 ${count} 篇稿件，一次导入最多 ${max} 篇，请分批导入`,
    );
  }
  const fileOf = new Map(doc.pages.map((p) => [p.number, p.file ?? null]));
  for (const group of groupArticleParts(doc.pages).groups) {
    const first = group.parts[0]!;
    const blocks = group.parts.flatMap((p) => p.article.blocks);
    assertStorable(importSnapshot(first.article, blocksToDoc(blocks), "NEWS"), {
      file: fileOf.get(first.page) ?? null,
      page: first.page,
      index: first.indexOnPage,
    });
  }
}

function describeIssue(path: PropertyKey[], code: string, maximum: unknown, snapshot: ArticleSnapshot): { en: string; zh: string } {
  const max = typeof maximum === "number" || typeof maximum === "bigint" ? Number(maximum).toLocaleString("en-US") : null;
  const [field, , block, , , key] = path;
  if (field === "body" && path.length === 2 && max) {
    const n = snapshot.body.content.length.toLocaleString("en-US");
    return { en: `it has ${n} paragraphs and other blocks, more than ${max}`, zh: `共有 ${n} 段，超过 ${max} 段的上限` };
  }
  if (field === "body" && key === "text" && max && typeof block === "number") {
    const node = snapshot.body.content[block]?.content?.[0];
    const n = (node?.type === "text" ? node.text.length : 0).toLocaleString("en-US");
    return {
      en: `paragraph ${block + 1} has ${n} characters, more than ${max}`,
      zh: `第 ${block + 1} 段有 ${n} 个字符，超过每段 ${max} 个字符的上限`,
    };
  }
  const where = path.map(String).join(".");
  if (code === "too_big" && max) {
    return { en: `${where} is longer than ${max}`, zh: `${where} 超过 ${max} 的上限` };
  }
  return { en: `${where} is not valid (${code})`, zh: `${where} 无效（${code}）` };
}
