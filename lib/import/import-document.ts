// Stores a segmented OCR document in one transaction: the original files,
// pages, articles with their bylines, placements, jumps, repairs and a first
// revision — or nothing at all.
import "server-only";

import { randomUUID } from "node:crypto";

import type { ArticleGenre, BylineRole, Prisma, RepairKind } from "@prisma/client";

import { blocksToDoc, countCharacters, docToText } from "@/lib/articles/article-doc";
import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { OcrArticle, OcrDocument, OcrFormat, OcrRepair, OcrWord, OcrWarning } from "@/lib/ocr/types";

import { bulkInsert, type BulkColumn } from "./bulk-insert";
import { groupArticleParts, type ArticleGroup, type ArticlePart } from "./group-article-parts";
import { findOpenJumps } from "./link-continuations";
import { preparePages, type PreparedPage } from "./prepare-pages";

export interface ImportOptions {
  publicationId: string;
  /** Issue date, YYYY-MM-DD. */
  date: string;
  importedById: string | null;
  /** Replace pages whose imported articles nobody has corrected yet. */
  replaceUncorrected?: boolean;
}

export interface ImportSummary {
  issueId: string;
  pages: { number: number; articles: number; replaced: boolean }[];
  articleCount: number;
  repairCount: number;
  jumpCount: number;
  /** Files skipped because this issue already holds them (same checksum). */
  duplicates: string[];
  warnings: OcrWarning[];
}

const formatToDb: Record<OcrFormat, "MARKDOWN" | "PLAIN_TEXT" | "ALTO" | "METS"> = {
  markdown: "MARKDOWN",
  "plain-text": "PLAIN_TEXT",
  alto: "ALTO",
  mets: "METS",
};
const roleToDb = (r: string) => r.toUpperCase() as BylineRole;
const repairKindToDb = (k: OcrRepair["kind"]) => k.toUpperCase().replace("-", "_") as RepairKind;

export function parseIssueDate(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new ValidationError(`Invalid issue date "${date}": use YYYY-MM-DD.`, `期刊日期“${date}”无效，请使用 YYYY-MM-DD 格式。`);
  }
  return new Date(`${date}T00:00:00Z`);
}

export async function importDocument(prisma: Db, document: OcrDocument, options: ImportOptions): Promise<ImportSummary> {
  const date = parseIssueDate(options.date);
  const unnumbered = document.pages.find((p) => p.number === null);
  if (unnumbered) {
    throw new ValidationError(
      "A page has no page number; give one (--page N or in the file name).",
      "有一个版面缺少版次，请指定版次（--page N 或写在文件名中）。",
    );
  }
  return prisma.$transaction(
    async (tx) => {
      const issue = await tx.issue.upsert({
        where: { publicationId_date: { publicationId: options.publicationId, date } },
        create: { publicationId: options.publicationId, date },
        update: {},
      });
      const { files, pages, duplicates } = await skipDuplicateFiles(tx, issue.id, document);
      const prepared = await preparePages(tx, issue.id, pages, options.replaceUncorrected ?? false);
      const sourceIds = await storeSources(tx, issue.id, files, prepared, options.importedById);
      const contributorIds = await ensureContributors(tx, options.publicationId, document);

      const warnings = [...document.warnings];
      const { groups, unmatchedContinuations } = groupArticleParts(pages);
      const links = await findOpenJumps(tx, issue.id, unmatchedContinuations, warnings);
      for (const c of unmatchedContinuations) groups.push({ parts: [c] });
      const rows = buildRows(groups, document.repairs, prepared, sourceIds, contributorIds, issue.id, options.importedById);

      await bulkInsert(tx, "Article", ARTICLE_COLUMNS, rows.articles, { updatedAt: "now()" });
      await tx.placement.createMany({ data: rows.placements });
      if (rows.bylines.length) await tx.byline.createMany({ data: rows.bylines });
      await bulkInsert(tx, "Repair", REPAIR_COLUMNS, rows.repairs);
      if (rows.jumps.length) await tx.jump.createMany({ data: rows.jumps });
      await bulkInsert(tx, "Revision", REVISION_COLUMNS, rows.revisions);
      for (const link of links) {
        await tx.jump.update({
          where: { id: link.jumpId },
          data: {
            toPlacementId: rows.placementIdOf.get(link.part),
            markerIn: link.part.article.jumps.find((j) => j.direction === "from")?.marker ?? null,
          },
        });
      }

      const summary: ImportSummary = {
        issueId: issue.id,
        pages: prepared.map((p) => ({
          number: p.number,
          articles: rows.placements.filter((pl) => pl.pageId === p.id).length,
          replaced: p.replaced,
        })),
        articleCount: rows.articles.length,
        repairCount: rows.repairs.length,
        jumpCount: rows.jumps.length,
        duplicates,
        warnings,
      };
      await tx.auditEvent.create({
        data: {
          actorId: options.importedById,
          action: "issue.import",
          entityType: "Issue",
          entityId: issue.id,
          data: { files: files.map((f) => f.name), pages: summary.pages, duplicates } as Prisma.InputJsonValue,
        },
      });
      return summary;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

type Tx = Prisma.TransactionClient;

const text = (...names: string[]) => names.map((name) => ({ name, type: "text" }));
const ARTICLE_COLUMNS: BulkColumn[] = [
  ...text("id", "issueId", "kicker", "headline", "deck", "dateline", "bodyText", "rubric", "ocrSourceId", "ocrText"),
  { name: "body", type: "jsonb" },
  { name: "ocrWords", type: "jsonb" },
  { name: "genre", type: '"ArticleGenre"' },
  { name: "wordCount", type: "integer" },
];
const REPAIR_COLUMNS: BulkColumn[] = [
  ...text("id", "articleId", "original", "replacement"),
  { name: "kind", type: '"RepairKind"' },
  { name: "blockIndex", type: "integer" },
];
const REVISION_COLUMNS: BulkColumn[] = [
  ...text("id", "articleId", "authorId", "reason"),
  { name: "version", type: "integer" },
  { name: "snapshot", type: "jsonb" },
];

async function skipDuplicateFiles(tx: Tx, issueId: string, document: OcrDocument) {
  const existing = await tx.ocrSource.findMany({
    where: { issueId, checksum: { in: document.files.map((f) => f.checksum) } },
    select: { checksum: true, fileName: true, importedAt: true },
  });
  if (existing.length === 0) return { files: document.files, pages: document.pages, duplicates: [] };
  const known = new Set(existing.map((e) => e.checksum));
  const duplicates = document.files.filter((f) => known.has(f.checksum)).map((f) => f.name);
  const files = document.files.filter((f) => !known.has(f.checksum));
  const pages = document.pages.filter((p) => !p.file || !duplicates.includes(p.file));
  const first = existing[0]!;
  const when = first.importedAt.toISOString().slice(0, 16).replace("T", " ");
  if (files.length === 0 || pages.length === 0) {
    throw new ConflictError(
      `${duplicates.join(", ")}: already imported into this issue (${when} UTC); nothing was stored.`,
      `${duplicates.join("、")}：此文件已导入本期（${when} UTC），未做任何改动。`,
    );
  }
  if (pages.some((p) => !p.file)) {
    throw new ConflictError(
      `${duplicates.join(", ")}: already imported into this issue; remove it from the upload and try again.`,
      `${duplicates.join("、")}：已导入本期，请将其移出后重新导入。`,
    );
  }
  return { files, pages, duplicates };
}

async function storeSources(
  tx: Tx,
  issueId: string,
  files: OcrDocument["files"],
  pages: PreparedPage[],
  importedById: string | null,
): Promise<Map<string, string>> {
  const data = files.map((f) => ({
    id: randomUUID(),
    issueId,
    pageId: pages.find((p) => p.file === f.name)?.id ?? (pages.length === 1 ? pages[0]!.id : null),
    fileName: f.name,
    format: formatToDb[f.format],
    encoding: f.encoding,
    byteSize: f.bytes.byteLength,
    checksum: f.checksum,
    // A copy, so the stored bytes are exactly the file's and nothing around them.
    content: new Uint8Array(f.bytes),
    importedById,
  }));
  await tx.ocrSource.createMany({ data });
  return new Map(data.map((d) => [d.fileName, d.id]));
}

async function ensureContributors(tx: Tx, publicationId: string, document: OcrDocument): Promise<Map<string, string>> {
  const names = [
    ...new Set(document.pages.flatMap((p) => p.articles.flatMap((a) => a.bylines.flatMap((b) => b.names)))),
  ];
  if (names.length === 0) return new Map();
  await tx.contributor.createMany({
    data: names.map((name) => ({ publicationId, name })),
    skipDuplicates: true,
  });
  const rows = await tx.contributor.findMany({ where: { publicationId, name: { in: names } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.name, r.id]));
}

export interface ImportRows {
  articles: Prisma.ArticleCreateManyInput[];
  placements: Prisma.PlacementCreateManyInput[];
  bylines: Prisma.BylineCreateManyInput[];
  repairs: Prisma.RepairCreateManyInput[];
  jumps: Prisma.JumpCreateManyInput[];
  revisions: Prisma.RevisionCreateManyInput[];
  /** The placement created for each part. */
  placementIdOf: Map<ArticlePart, string>;
}

function guessGenre(a: OcrArticle): ArticleGenre {
  if (a.bylines.some((b) => b.role === "commentator")) return "COMMENTARY";
  if (a.deck?.startsWith("访") || a.rubric?.includes("访谈")) return "INTERVIEW";
  return "NEWS";
}

function buildRows(
  groups: ArticleGroup[],
  repairs: OcrRepair[],
  pages: PreparedPage[],
  sourceIds: Map<string, string>,
  contributorIds: Map<string, string>,
  issueId: string,
  authorId: string | null,
): ImportRows {
  const rows: ImportRows = {
    articles: [],
    placements: [],
    bylines: [],
    repairs: [],
    jumps: [],
    revisions: [],
    placementIdOf: new Map(),
  };
  const pageByNumber = new Map(pages.map((p) => [p.number, p]));
  const repairsByArticle = new Map<string, OcrRepair[]>();
  for (const r of repairs) {
    const k = `${r.page}:${r.article}`;
    repairsByArticle.set(k, [...(repairsByArticle.get(k) ?? []), r]);
  }

  for (const group of groups) {
    const first = group.parts[0]!.article;
    const articleId = randomUUID();
    const blocks = group.parts.flatMap((p) => p.article.blocks);
    const words: OcrWord[] = [];
    let blockOffset = 0;
    const placementIds: string[] = [];
    group.parts.forEach((part, i) => {
      const page = pageByNumber.get(part.page)!;
      const placementId = randomUUID();
      placementIds.push(placementId);
      rows.placementIdOf.set(part, placementId);
      rows.placements.push({ id: placementId, articleId, pageId: page.id, order: part.indexOnPage, part: i + 1 });
      for (const w of part.article.words) words.push({ ...w, block: w.block + blockOffset });
      for (const r of repairsByArticle.get(`${part.page}:${part.indexOnPage}`) ?? []) {
        rows.repairs.push({
          id: randomUUID(),
          articleId,
          kind: repairKindToDb(r.kind),
          blockIndex: r.block + blockOffset,
          original: r.original,
          replacement: r.replacement,
        });
      }
      blockOffset += part.article.blocks.length;
    });
    for (let i = 0; i < group.parts.length; i++) {
      const part = group.parts[i]!;
      const next = group.parts[i + 1];
      const out = part.article.jumps.find((j) => j.direction === "to");
      // A continuation's own "from" marker is recorded on the jump that reaches it.
      if (!next && !out) continue;
      rows.jumps.push({
        fromPlacementId: placementIds[i]!,
        toPlacementId: next ? placementIds[i + 1]! : null,
        toPageNumber: next?.page ?? out!.page,
        markerOut: out?.marker ?? "",
        markerIn: next?.article.jumps.find((j) => j.direction === "from")?.marker ?? null,
      });
    }
    first.bylines.forEach((b, order) => {
      const names = b.names.length ? b.names : [null];
      names.forEach((name, k) =>
        rows.bylines.push({
          articleId,
          contributorId: name ? contributorIds.get(name)! : null,
          role: roleToDb(b.role),
          label: b.label,
          order: order * 100 + k,
        }),
      );
    });
    const body = blocksToDoc(blocks);
    const bodyText = docToText(body);
    const sourceFile = pageByNumber.get(group.parts[0]!.page)?.file;
    rows.articles.push({
      id: articleId,
      issueId,
      kicker: first.kicker,
      headline: first.headline ?? "",
      deck: first.deck,
      dateline: first.dateline,
      body: body as unknown as Prisma.InputJsonValue,
      bodyText,
      genre: guessGenre(first),
      wordCount: countCharacters(bodyText),
      rubric: first.rubric,
      ocrSourceId: (sourceFile && sourceIds.get(sourceFile)) ?? (sourceIds.size === 1 ? [...sourceIds.values()][0]! : null),
      ocrText: group.parts.map((p) => p.article.originalText).join("\n\n"),
      ocrWords: words.length ? (words as unknown as Prisma.InputJsonValue) : undefined,
    });
    rows.revisions.push({
      id: randomUUID(),
      articleId,
      version: 1,
      authorId,
      reason: "import",
      snapshot: {
        kicker: first.kicker,
        headline: first.headline ?? "",
        deck: first.deck,
        dateline: first.dateline,
        body,
        bylines: first.bylines,
      } as unknown as Prisma.InputJsonValue,
    });
  }
  return rows;
}
