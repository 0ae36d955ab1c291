// Builds the pages of a METS issue from its ALTO files: one OcrArticle per
// article per page, the parts of an article running over several pages
// sharing its key and linked by jumps (unless a printed 下转/上接 marker
// already says so). Blocks no article claims are read as on a page without
// METS: furniture, else articles split at the headings the layout shows.
import { looseArticles, looseGroups } from "../alto/alto-loose-articles";
import type { AltoPage } from "../alto/alto-page";
import {
  pageFurniture,
  repeatedRunningHeads,
} from "../alto/alto-page-furniture";
import { altoReadingOrder } from "../alto/alto-reading-order";
import { altoSourceBlocks, type BlockPart } from "../alto/alto-source-blocks";
import { furniture } from "../alto/alto-to-page";
import { ImportError } from "../import-error";
import { INPUT_LIMITS } from "../input/input-limits";
import { buildArticle } from "../segment/build-article";
import { lineSeparator } from "../text/line-separator";
import type {
  OcrArticle,
  OcrJump,
  OcrPage,
  OcrRepair,
  OcrUnlinkedBlock,
  OcrWarning,
  SourceBlock,
} from "../types";
import { metsFileMatcher } from "./mets-match-file";
import {
  isTextFile,
  type MetsArea,
  type MetsFile,
  type MetsIssue,
  type MetsPage,
} from "./mets-parse";
import { markPrintedTitle } from "./mets-titles";
import { attachUnlinkedBlocks } from "./mets-unlinked-blocks";

export interface MetsInput {
  metsName: string;
  issue: MetsIssue;
  /** Names of all input files, as paths relative to the upload. */
  names: readonly string[];
  /** The parsed ALTO of an input file, or null when the file is not ALTO. */
  alto: (name: string) => AltoPage | null;
}

export interface MetsPages {
  pages: OcrPage[];
  repairs: OcrRepair[];
  warnings: OcrWarning[];
  /** Input files the METS used (itself included). */
  used: Set<string>;
}

/** An unlinked block this long (or of three lines or more) is body text, not a caption or stray line. */
const FURNITURE_MAX_CHARS = 30;

interface PageAlto {
  page: MetsPage;
  name: string;
  alto: AltoPage;
}

interface PendingArticle {
  key: string;
  rubric: string | null;
  /** The METS title, on the article's first part only. */
  title: string | null;
  parts: BlockPart[];
  jumps: OcrJump[];
}

/**
 * The pages of a METS issue (METS 1.x: physical structMap, logical
 * structMap, structLink) read from its ALTO files: one OcrPage per page with
 * an ALTO file, numbered as parseMets says. Throws an ImportError ("mets",
 * "missing-file") for a METS without pages or ALTO, a file it names that is
 * not given, or more claimed lines than INPUT_LIMITS allow.
 */
export function metsToPages(
  input: MetsInput,
  options: { repair: boolean },
): MetsPages {
  const { issue, metsName } = input;
  const warnings: OcrWarning[] = issue.warnings.map((message) => ({
    file: metsName,
    page: null,
    message,
  }));
  const used = new Set([metsName]);
  const match = metsFileMatcher(metsName, input.names);
  const resolve = (file: MetsFile): string => {
    const name = file.href ? match(file.href) : null;
    if (!name) {
      const ref = shorten(file.href ?? `file ${file.id}`);
      throw new ImportError(
        "missing-file",
        metsName,
        `the METS refers to ${ref}, which is not among the files given`,
        `METS 文件引用的 ${ref} 不在所给的文件中`,
      );
    }
    used.add(name);
    return name;
  };

  if (issue.pages.length === 0) {
    throw new ImportError(
      "mets",
      metsName,
      "the METS file lists no pages (no physical structMap with page divs)",
      "METS 文件没有列出任何版面（缺少含 page 的物理结构图 structMap）",
    );
  }
  const pageAltos: PageAlto[] = [];
  const fileToPage = new Map<string, number>();
  for (const page of issue.pages) {
    let chosen: PageAlto | null = null;
    for (const fileId of page.fileIds) {
      const file = issue.files.get(fileId);
      if (!file || !isTextFile(file)) continue;
      const name = resolve(file);
      const alto = input.alto(name);
      if (!alto) {
        warnings.push({
          file: name,
          page: page.number,
          message: "referenced by the METS but not ALTO; ignored",
        });
        continue;
      }
      chosen ??= { page, name, alto };
      if (chosen.name === name) fileToPage.set(fileId, pageAltos.length);
    }
    if (chosen) pageAltos.push(chosen);
    else
      warnings.push({
        file: metsName,
        page: page.number,
        message: `page ${page.number ?? "?"} has no ALTO file; skipped`,
      });
  }

  if (pageAltos.length === 0) {
    throw new ImportError(
      "mets",
      metsName,
      "none of the METS pages has an ALTO file",
      "METS 文件中没有任何版面带有 ALTO 文件",
    );
  }
  const claimed = pageAltos.map(() => new Set<number>());
  const pending = pageAltos.map((): PendingArticle[] => []);
  const unknownIds: string[] = [];
  const offPage = new Set<string>();
  let claimedLines = 0;
  for (const article of issue.articles) {
    const byPage = new Map<number, BlockPart[]>();
    const seen = new Set<string>();
    for (const { area, role } of article.pieces) {
      const pi = fileToPage.get(area.fileId);
      if (pi === undefined) {
        offPage.add(area.fileId);
        continue;
      }
      const target = pageAltos[pi]!;
      const parts = areaParts(target.alto, area, role);
      if (!parts) {
        unknownIds.push(`${area.begin ?? ""}`);
        continue;
      }
      const list = byPage.get(pi) ?? [];
      byPage.set(pi, list);
      for (const part of parts)
        claimedLines += Math.max(1, part.to - part.from + 1);
      if (claimedLines > INPUT_LIMITS.maxMetsClaimedLines)
        tooManyLines(metsName);
      for (const part of parts) {
        const id = `${pi}:${part.block}:${part.from}:${part.to}`;
        if (seen.has(id)) continue;
        seen.add(id);
        list.push(part);
        claimed[pi]!.add(part.block);
      }
    }
    if (byPage.size === 0) {
      warnings.push({
        file: metsName,
        page: null,
        message: `article ${article.key} has no text blocks on any page; skipped`,
      });
      continue;
    }
    const order = [...byPage.keys()].sort((a, b) => a - b);
    order.forEach((pi, k) => {
      const jumps: OcrJump[] = [];
      const prev =
        order[k - 1] === undefined
          ? null
          : pageAltos[order[k - 1]!]!.page.number;
      const next =
        order[k + 1] === undefined
          ? null
          : pageAltos[order[k + 1]!]!.page.number;
      if (prev !== null)
        jumps.push({ direction: "from", page: prev, marker: "" });
      if (next !== null)
        jumps.push({ direction: "to", page: next, marker: "" });
      const title = k === 0 ? article.title : null;
      pending[pi]!.push({
        key: article.key,
        rubric: article.rubric,
        title,
        parts: byPage.get(pi)!,
        jumps,
      });
    });
  }
  if (offPage.size > 0) {
    const ids = [...offPage].slice(0, 3).join(", ");
    warnings.push({
      file: metsName,
      page: null,
      message: `articles refer to file(s) no page has (${ids}); those parts are ignored`,
    });
  }
  if (unknownIds.length > 0) {
    warnings.push({
      file: metsName,
      page: null,
      message: `${unknownIds.length} METS area(s) name block IDs not found in their ALTO file (${unknownIds.slice(0, 3).join(", ")}); ignored`,
    });
  }

  const pages: OcrPage[] = [];
  const repairs: OcrRepair[] = [];
  // Running heads repeat from page to page: what the issue's pages share at their edges is furniture.
  const repeated = repeatedRunningHeads(pageAltos.map((p) => p.alto));
  pageAltos.forEach(({ page, name, alto }, pi) => {
    const number = page.number;
    const warn = (message: string) =>
      warnings.push({ file: name, page: number, message });
    alto.warnings.forEach(warn);
    // A page no METS article covers (a METS with pages only) is read like an ALTO page alone, and so
    // are the blocks a partial METS links to no article: the same furniture and heading rules, the
    // METS articles' blocks cutting the reading order into runs. There a short block is furniture
    // unless the layout makes it a heading (font, capitals) or a signature, and so is a heading
    // with no unlinked text under it (its article's text is in a METS article).
    const pageClaimed = claimed[pi]!;
    const pageOnly = pageClaimed.size === 0;
    const furnitureBlocks = new Set(
      [...pageFurniture(alto, { repeated })].filter((b) => !pageClaimed.has(b)),
    );
    const order = altoReadingOrder(alto).flows;
    // Unlinked blocks the layout places in a METS article (between its blocks, under one in its column) join it.
    const candidates = new Set(
      alto.blocks.flatMap((block, b) =>
        pageClaimed.has(b) ||
        furnitureBlocks.has(b) ||
        !block.lines.some((l) => l.trim() !== "")
          ? []
          : [b],
      ),
    );
    const placed = pageOnly
      ? new Set<number>()
      : attachUnlinkedBlocks(
          alto,
          pending[pi]!.map((entry) => entry.parts),
          candidates,
          order.flat(),
        );
    for (const b of placed) pageClaimed.add(b);
    const unlinked: OcrUnlinkedBlock[] = [];
    const keyOf = new Map<number, string>();
    for (const entry of pending[pi]!)
      for (const part of entry.parts) keyOf.set(part.block, entry.key);
    const keyBefore = new Map<number, string | null>();
    let lastKey: string | null = null;
    for (const o of order.flat()) {
      keyBefore.set(o, lastKey);
      lastKey = keyOf.get(o) ?? lastKey;
    }
    const articleBefore = (b: number): string | null =>
      keyBefore.get(b) ?? null;
    const loose = new Set<number>();
    alto.blocks.forEach((block, b) => {
      if (
        pageClaimed.has(b) ||
        furnitureBlocks.has(b) ||
        !block.lines.some((l) => l.trim() !== "")
      )
        return;
      if (
        !pageOnly &&
        !isBodyText(alto, b) &&
        !["heading", "kicker", "byline"].includes(block.hint)
      )
        furnitureBlocks.add(b);
      else loose.add(b);
    });
    const breaks = new Set(pageClaimed);
    if (!pageOnly) {
      for (const group of looseGroups(alto, order, loose, breaks)) {
        if (group.some((b) => isBodyText(alto, b))) continue;
        for (const b of group) {
          loose.delete(b);
          breaks.add(b);
          furnitureBlocks.add(b);
        }
      }
    }
    const articles: OcrArticle[] = [];
    for (const entry of pending[pi]!) {
      const source = altoSourceBlocks(alto, entry.parts);
      if (source.blocks.length === 0) continue;
      if (entry.title) markPrintedTitle(source.blocks, entry.title);
      const built = buildArticle(source, {
        page: number,
        repair: options.repair,
        articleIndex: articles.length + 1,
        key: entry.key,
        rubric: entry.rubric,
        jumps: entry.jumps,
      });
      // A headline METS holds only in its metadata (MODS title, LABEL) heads an article whose text has none.
      if (entry.title && built.article.headline === null)
        built.article.headline = entry.title;
      articles.push(built.article);
      for (const repair of built.repairs) repairs.push(repair);
      built.warnings.forEach(warn);
    }

    if (loose.size > 0) {
      const extra = looseArticles(alto, {
        page: number,
        repair: options.repair,
        firstIndex: articles.length + 1,
        only: loose,
        breaks,
        // In an issue whose METS has articles, text nothing heads is no article of its own.
        leaveHeadless: issue.articles.length > 0,
      });
      for (const article of extra.articles) articles.push(article);
      for (const repair of extra.repairs) repairs.push(repair);
      extra.warnings.forEach(warn);
      for (const group of extra.headless)
        for (const b of group)
          unlinked.push(unlinkedBlock(alto, b, articleBefore(b)));
      const asArticles =
        loose.size - extra.headless.reduce((n, group) => n + group.length, 0);
      if (pageOnly && asArticles > 0)
        warn(
          "no METS article on this page: articles split where the layout shows headings",
        );
      else if (asArticles > 0)
        warn(
          `${asArticles} text block(s) not in any METS article; imported as articles split where the layout shows headings`,
        );
    }
    if (placed.size > 0)
      warn(
        `${placed.size} text block(s) not in any METS article placed in the article around them`,
      );
    if (unlinked.length > 0)
      warn(
        `${unlinked.length} text block(s) not in any METS article and placed by nothing; kept as unlinked blocks for an editor to place`,
      );
    pages.push({
      number,
      file: name,
      furniture: furniture(alto, (b) => furnitureBlocks.has(b)),
      rubrics: [
        ...new Set(
          articles.map((a) => a.rubric).filter((r): r is string => r !== null),
        ),
      ],
      articles,
      ...(unlinked.length > 0 ? { unlinked } : {}),
    });
  });
  return { pages, repairs, warnings, used };
}

/** Block `b` as an unlinked block: its ID, its lines run together, its box. */
function unlinkedBlock(
  alto: AltoPage,
  b: number,
  after: string | null,
): OcrUnlinkedBlock {
  const block = alto.blocks[b]!;
  let text = "";
  for (const line of block.lines.map((l) => l.trim()).filter((l) => l !== ""))
    text += lineSeparator(text, line) + line;
  return { id: block.id, text, after, box: block.box };
}

/** Text an article can be made of: not a heading, kicker or subhead, and more than a caption's length. */
function isBodyText(alto: AltoPage, b: number): boolean {
  const block = alto.blocks[b]!;
  if (
    block.hint === "heading" ||
    block.hint === "kicker" ||
    block.hint === "subhead"
  )
    return false;
  const lines = block.lines.filter((l) => l.trim() !== "");
  return lines.length >= 3 || lines.join("").length > FURNITURE_MAX_CHARS;
}

function tooManyLines(metsName: string): never {
  const max = INPUT_LIMITS.maxMetsClaimedLines.toLocaleString("en-US");
  throw new ImportError(
    "mets",
    metsName,
    `the METS articles claim more than ${max} lines of ALTO text in all (the same lines over and over?); that is the limit for one issue`,
    `METS 文件中的文章共引用了超过 ${max} 行 ALTO 文字（是否反复引用了同样的内容？），超出一期的上限`,
  );
}

/** An href as messages quote it: a hostile one may be megabytes long. */
function shorten(ref: string): string {
  return ref.length > 200 ? `${ref.slice(0, 200)}…` : ref;
}

/** The block parts an area covers: BEGIN..END by ID (blocks, ComposedBlocks or lines), or the whole file. */
function areaParts(
  alto: AltoPage,
  area: MetsArea,
  role: SourceBlock["hint"],
): BlockPart[] | null {
  const hint = role === "unknown" ? null : role;
  const lastLine = (b: number) =>
    Math.max(0, (alto.blocks[b]?.lines.length ?? 1) - 1);
  if (area.begin === null) {
    const parts: BlockPart[] = [];
    alto.blocks.forEach((block, b) => {
      if (!block.margin)
        parts.push({ block: b, from: 0, to: lastLine(b), hint });
    });
    return parts;
  }
  const begin = alto.ids.get(area.begin);
  const end = area.end ? alto.ids.get(area.end) : begin;
  if (!begin || !end) return null;
  let toBlock = end.last;
  let toLine = end.line ?? lastLine(end.last);
  const fromLine = begin.line ?? 0;
  if (toBlock < begin.first || (toBlock === begin.first && toLine < fromLine)) {
    toBlock = begin.last;
    toLine = begin.line ?? lastLine(begin.last);
  }
  const parts: BlockPart[] = [];
  for (let b = begin.first; b <= toBlock; b++) {
    parts.push({
      block: b,
      from: b === begin.first ? fromLine : 0,
      to: b === toBlock ? toLine : lastLine(b),
      hint,
    });
  }
  return parts;
}
