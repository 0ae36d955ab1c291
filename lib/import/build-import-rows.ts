// Turns grouped article parts into the rows an import inserts: articles with
// their body, placements, bylines, jumps, repairs and first revision. Pure:
// ids are made here so that every insert can be a bulk one.
import { randomUUID } from "node:crypto";

import type {
  ArticleGenre,
  BylineRole,
  Prisma,
  RepairField,
  RepairKind,
} from "@prisma/client";

import {
  blocksToDoc,
  countCharacters,
  docToText,
} from "@/lib/articles/article-doc";
import type { LearnedPairIndex } from "@/lib/articles/learned/learned-pair-index";
import { computeSuggestions } from "@/lib/articles/suggestions/compute-suggestions";
import { jumpOf } from "@/lib/jumps/article-jumps";
import { appendAll } from "@/lib/ocr/append-all";
import { isParagraphBoundary } from "@/lib/ocr/text/text-shape";
import type { OcrArticle, OcrBlock, OcrRepair, OcrWord } from "@/lib/ocr/types";

import { assertStorable, importSnapshot } from "./check-storable";
import type { ArticleGroup, ArticlePart } from "./group-article-parts";
import type { PreparedPage } from "./prepare-pages";

export interface ArticleRow {
  id: string;
  issueId: string;
  kicker: string | null;
  headline: string;
  deck: string | null;
  dateline: string | null;
  body: unknown;
  bodyText: string;
  genre: ArticleGenre;
  wordCount: number;
  /** Open suggestions in the imported text (the issue view's progress counts them). */
  suggestionCount: number;
  rubric: string | null;
  ocrSourceId: string | null;
  ocrText: string;
  ocrWords?: OcrWord[];
}
export interface RepairRow {
  id: string;
  articleId: string;
  kind: RepairKind;
  field: RepairField | null;
  blockIndex: number;
  original: string;
  replacement: string;
}
export interface RevisionRow {
  id: string;
  articleId: string;
  version: number;
  authorId: string | null;
  reason: string;
  snapshot: unknown;
}
/** A jump whose continuation is not in this import: a stored one may answer it. */
export interface OpenJumpRow {
  jump: Prisma.JumpCreateManyInput;
  fromPage: number;
  headline: string | null;
}

export interface ImportRows {
  articles: ArticleRow[];
  placements: Prisma.PlacementCreateManyInput[];
  bylines: Prisma.BylineCreateManyInput[];
  repairs: RepairRow[];
  jumps: Prisma.JumpCreateManyInput[];
  revisions: RevisionRow[];
  openJumps: OpenJumpRow[];
  /** The placement created for each part. */
  placementIdOf: Map<ArticlePart, string>;
}

export interface RowContext {
  issueId: string;
  authorId: string | null;
  pages: readonly PreparedPage[];
  /** File name → OcrSource id. */
  sourceIds: ReadonlyMap<string, string>;
  /** Name → Contributor id. */
  contributorIds: ReadonlyMap<string, string>;
  repairs: readonly OcrRepair[];
  /** The paper's learned pairs, counted with the new articles' suggestions. */
  learned?: LearnedPairIndex;
}

const roleToDb = (r: string) => r.toUpperCase() as BylineRole;
const kindToDb = (k: OcrRepair["kind"]) =>
  k.toUpperCase().replace("-", "_") as RepairKind;
const fieldToDb = (f: OcrRepair["field"]) =>
  f ? (f.toUpperCase() as RepairField) : null;

const JOIN_CONTEXT = 8;

/**
 * Joins the continuation's first paragraph onto the last one so far when the
 * jump cut a sentence; returns the repair to record and where the joined
 * text starts in the merged paragraph.
 */
function joinAcrossJump(
  blocks: OcrBlock[],
  next: readonly OcrBlock[],
): {
  repair: Pick<RepairRow, "kind" | "original" | "replacement">;
  headOffset: number;
} | null {
  const last = blocks[blocks.length - 1];
  const first = next[0];
  if (
    last?.type !== "paragraph" ||
    first?.type !== "paragraph" ||
    isParagraphBoundary(last.text, first.text)
  )
    return null;
  // Whole characters: a rare character outside the BMP must not be cut in half.
  const tail = Array.from(last.text).slice(-JOIN_CONTEXT).join("");
  const head = Array.from(first.text).slice(0, JOIN_CONTEXT).join("");
  const headOffset = last.text.length;
  blocks[blocks.length - 1] = {
    type: "paragraph",
    text: last.text + first.text,
  };
  return {
    repair: {
      kind: "COLUMN_BREAK",
      original: `${tail}\n\n${head}`,
      replacement: tail + head,
    },
    headOffset,
  };
}

function guessGenre(a: OcrArticle): ArticleGenre {
  if (a.bylines.some((b) => b.role === "commentator")) return "COMMENTARY";
  if (a.deck?.startsWith("访") || a.rubric?.includes("访谈"))
    return "INTERVIEW";
  return "NEWS";
}

export function buildImportRows(
  groups: readonly ArticleGroup[],
  ctx: RowContext,
): ImportRows {
  const rows: ImportRows = {
    articles: [],
    placements: [],
    bylines: [],
    repairs: [],
    jumps: [],
    revisions: [],
    openJumps: [],
    placementIdOf: new Map(),
  };
  const pageByNumber = new Map(ctx.pages.map((p) => [p.number, p]));
  const repairsByPart = new Map<string, OcrRepair[]>();
  for (const r of ctx.repairs) {
    const key = `${r.page}:${r.article}`;
    const list = repairsByPart.get(key);
    if (list) list.push(r);
    else repairsByPart.set(key, [r]);
  }
  const onlySource =
    ctx.sourceIds.size === 1 ? [...ctx.sourceIds.values()][0]! : null;

  for (const group of groups) {
    const first = group.parts[0]!.article;
    const articleId = randomUUID();
    const placementIds = group.parts.map(() => randomUUID());
    const words: OcrWord[] = [];
    const blocks: OcrBlock[] = [];
    let blockOffset = 0;

    group.parts.forEach((part, i) => {
      // Where the continuation picks up mid-sentence (…想法很简单，⏎ 就是…), the
      // jump cut a paragraph in two: join it back, as a repair editors can undo.
      const joined = i > 0 && joinAcrossJump(blocks, part.article.blocks);
      if (joined) {
        rows.repairs.push({
          id: randomUUID(),
          articleId,
          field: null,
          blockIndex: blocks.length - 1,
          ...joined.repair,
        });
        blockOffset -= 1;
      }
      const shift = (block: number, offset: number) =>
        joined && block === 0
          ? { block: blockOffset, offset: offset + joined.headOffset }
          : { block: block + blockOffset, offset };
      appendAll(
        blocks,
        joined ? part.article.blocks.slice(1) : part.article.blocks,
      );
      const page = pageByNumber.get(part.page)!;
      rows.placementIdOf.set(part, placementIds[i]!);
      // A lone continuation remembers the page it continues from until that page is imported.
      const from = i === 0 ? jumpOf(part.article.jumps, "from") : undefined;
      rows.placements.push({
        id: placementIds[i]!,
        articleId,
        pageId: page.id,
        order: part.indexOnPage,
        part: i + 1,
        continuesFromPage: from?.page ?? null,
        continuationMarker: from?.marker ?? null,
      });
      for (const w of part.article.words)
        words.push({ ...w, ...shift(w.block, w.offset) });
      for (const r of repairsByPart.get(`${part.page}:${part.indexOnPage}`) ??
        []) {
        const inHeader = r.block < 0;
        // The header of a continuation part is not stored, so neither are its repairs.
        if (inHeader && i > 0) continue;
        rows.repairs.push({
          id: randomUUID(),
          articleId,
          kind: kindToDb(r.kind),
          field: fieldToDb(r.field),
          blockIndex: inHeader ? -1 : shift(r.block, 0).block,
          original: r.original,
          replacement: r.replacement,
        });
      }
      blockOffset += part.article.blocks.length;
    });

    group.parts.forEach((part, i) => {
      const next = group.parts[i + 1];
      const out = jumpOf(part.article.jumps, "to");
      if (!next && !out) return;
      const jump: Prisma.JumpCreateManyInput = {
        fromPlacementId: placementIds[i]!,
        toPlacementId: next ? placementIds[i + 1]! : null,
        toPageNumber: next?.page ?? out!.page,
        markerOut: out?.marker ?? "",
        markerIn: next
          ? (jumpOf(next.article.jumps, "from")?.marker ?? null)
          : null,
      };
      rows.jumps.push(jump);
      if (!next)
        rows.openJumps.push({
          jump,
          fromPage: part.page,
          headline: first.headline,
        });
    });

    first.bylines.forEach((b, order) => {
      const names = b.names.length ? b.names : [null];
      names.forEach((name, k) =>
        rows.bylines.push({
          articleId,
          contributorId: name ? (ctx.contributorIds.get(name) ?? null) : null,
          role: roleToDb(b.role),
          label: b.label,
          order: order * 100 + k,
        }),
      );
    });

    const body = blocksToDoc(blocks);
    const bodyText = docToText(body);
    const genre = guessGenre(first);
    const sourceFile = pageByNumber.get(group.parts[0]!.page)?.file;
    rows.articles.push({
      id: articleId,
      issueId: ctx.issueId,
      kicker: first.kicker,
      headline: first.headline ?? "",
      deck: first.deck,
      dateline: first.dateline,
      body,
      bodyText,
      genre,
      wordCount: countCharacters(bodyText),
      suggestionCount: computeSuggestions(body, words, new Set(), ctx.learned)
        .length,
      rubric: first.rubric,
      ocrSourceId:
        (sourceFile ? ctx.sourceIds.get(sourceFile) : undefined) ?? onlySource,
      ocrText: group.parts.map((p) => p.article.originalText).join("\n\n"),
      ocrWords: words.length ? words : undefined,
    });
    // An ArticleSnapshot (lib/articles/article-snapshot.ts): restoring revision 1 gives the import exactly.
    const snapshot = importSnapshot(first, body, genre);
    // The last guard: what the desk could not open is never stored (checkStorable refused most before).
    assertStorable(snapshot, {
      file: sourceFile ?? null,
      page: group.parts[0]!.page,
      index: group.parts[0]!.indexOnPage,
    });
    rows.revisions.push({
      id: randomUUID(),
      articleId,
      version: 1,
      authorId: ctx.authorId,
      reason: "import",
      snapshot,
    });
  }
  return rows;
}
