// What an import stores must pass the schema every save on the correction
// desk is checked against (articleSnapshotSchema): an article the desk cannot
// open or save is refused with the file, page and limit named, never stored.
// Oversized content is refused rather than split: a 100,000-character
// paragraph or a 5,000-block article is broken OCR, not a newspaper story,
// and cutting it at arbitrary places would hide that from the editor.
import type { z } from "zod";

import { blocksToDoc } from "@/lib/articles/article-doc";
import {
  type ArticleSnapshot,
  articleSnapshotSchema,
} from "@/lib/articles/article-snapshot";
import { ImportError } from "@/lib/ocr/import-error";
import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";
import type { OcrArticle, OcrDocument } from "@/lib/ocr/types";
import { describeIssue as describeZodIssue } from "@/lib/validation/describe-issue";

import { groupArticleParts } from "./group-article-parts";

/** Where an article came from, for messages: its file, page and position there. */
export interface ArticlePlace {
  file: string | null;
  page: number | null;
  index: number;
}

/** The snapshot an import stores as revision 1 of an article (lib/articles/article-snapshot.ts). */
export function importSnapshot(
  first: OcrArticle,
  body: ArticleSnapshot["body"],
  genre: ArticleSnapshot["genre"],
): ArticleSnapshot {
  return {
    kicker: first.kicker,
    headline: first.headline ?? "",
    deck: first.deck,
    dateline: first.dateline,
    rubric: first.rubric,
    genre,
    bylines: first.bylines.flatMap((b) =>
      (b.names.length ? b.names : [null]).map((name) => ({
        role: b.role.toUpperCase() as ArticleSnapshot["bylines"][number]["role"],
        label: b.label,
        name,
      })),
    ),
    body,
  };
}

/**
 * Throws an ImportError ("too-large") naming the article when `snapshot`
 * fails articleSnapshotSchema: a paragraph over 100,000 characters, more
 * than 5,000 blocks, a headline over 200 characters, and so on.
 */
export function assertStorable(
  snapshot: ArticleSnapshot,
  place: ArticlePlace,
): void {
  const parsed = articleSnapshotSchema.safeParse(snapshot);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const { en, zh } = describeIssue(issue, snapshot);
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
 * INPUT_LIMITS.maxArticles, more automatic repairs than INPUT_LIMITS.maxRepairs
 * (or INPUT_LIMITS.maxRepairsPerPage on one page), or an article (its parts across pages together)
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
  const fileOf = filesByPage(doc);
  checkRepairCounts(doc, fileOf);
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

/**
 * Throws an ImportError ("too-large") when `doc` has more automatic repairs
 * than INPUT_LIMITS.maxRepairsPerPage on one page (checked first: it names
 * the file to look at) or INPUT_LIMITS.maxRepairs in all. One pass, O(repairs).
 */
export function checkRepairCounts(
  doc: OcrDocument,
  fileOf: ReadonlyMap<number | null, string | null> = filesByPage(doc),
): void {
  const perPage = new Map<number | null, number>();
  for (const r of doc.repairs)
    perPage.set(r.page, (perPage.get(r.page) ?? 0) + 1);
  const pageMax = INPUT_LIMITS.maxRepairsPerPage;
  for (const [page, n] of perPage) {
    if (n <= pageMax) continue;
    const where = page === null ? "" : `page ${page}`;
    throw new ImportError(
      "too-large",
      fileOf.get(page) ?? null,
      `${where ? `${where}: ` : ""}the OCR needed ${n.toLocaleString("en-US")} automatic repairs, more than the ${pageMax.toLocaleString("en-US")} a page may have; the text is likely broken OCR. Nothing was stored; check the OCR file`,
      `${page === null ? "" : `第${page}版：`}OCR 文本需要 ${n.toLocaleString("en-US")} 处自动修正，超过每版 ${pageMax.toLocaleString("en-US")} 处的上限，文本很可能识别有误。本次未做任何改动，请检查 OCR 文件`,
    );
  }
  const max = INPUT_LIMITS.maxRepairs;
  if (doc.repairs.length > max) {
    const n = doc.repairs.length.toLocaleString("en-US");
    throw new ImportError(
      "too-large",
      null,
      `The upload needed ${n} automatic repairs; one import may have ${max.toLocaleString("en-US")}. Import the issue in parts or check the OCR files`,
      `本次上传需要 ${n} 处自动修正，一次导入最多 ${max.toLocaleString("en-US")} 处，请分批导入或检查 OCR 文件`,
    );
  }
}

function filesByPage(doc: OcrDocument): Map<number | null, string | null> {
  return new Map(doc.pages.map((p) => [p.number, p.file ?? null]));
}

function describeIssue(
  issue: z.core.$ZodIssue,
  snapshot: ArticleSnapshot,
): { en: string; zh: string } {
  const { path } = issue;
  const maximum = (issue as { maximum?: unknown }).maximum;
  const max =
    typeof maximum === "number" || typeof maximum === "bigint"
      ? Number(maximum).toLocaleString("en-US")
      : null;
  const [field, , block, , , key] = path;
  if (field === "body" && path.length === 2 && max) {
    const n = snapshot.body.content.length.toLocaleString("en-US");
    return {
      en: `it has ${n} paragraphs and other blocks, more than ${max}`,
      zh: `共有 ${n} 段，超过 ${max} 段的上限`,
    };
  }
  if (field === "body" && key === "text" && max && typeof block === "number") {
    const node = snapshot.body.content[block]?.content?.[0];
    const n = (node?.type === "text" ? node.text.length : 0).toLocaleString(
      "en-US",
    );
    return {
      en: `paragraph ${block + 1} has ${n} characters, more than ${max}`,
      zh: `第 ${block + 1} 段有 ${n} 个字符，超过每段 ${max} 个字符的上限`,
    };
  }
  return describeZodIssue(issue);
}
