// Reads what Folio needs from a METS newspaper issue: the files (fileSec), the
// pages in order (physical structMap), and the articles (logical structMap)
// as ordered pieces of ALTO, each with its role. Pieces come from fptr/area
// (also inside seq/par) and from structLink (smLink, or smLinkGrp with
// smLocatorLink + smArcLink) to physical area divs. Pages, links and pieces
// are capped (INPUT_LIMITS): a few KiB of structLink can otherwise multiply
// out to millions of pieces.
import { ImportError } from "../import-error";
import { INPUT_LIMITS } from "../input/input-limits";
import { pageNumberFromName } from "../input/page-number-from-name";
import type { SourceBlock } from "../types";
import type { XmlElement } from "../xml/parse-xml";
import { divTitle, readMetsTitles } from "./mets-titles";

export interface MetsFile {
  id: string;
  href: string | null;
  mimetype: string | null;
  /** USE of the file, else of its fileGrp ("FULLTEXT", "ALTO", "ocr", "IMAGE" …). */
  use: string | null;
}

/** A piece of an ALTO file: blocks BEGIN..END (IDs), or the whole file when begin is null. */
export interface MetsArea {
  fileId: string;
  begin: string | null;
  end: string | null;
}

export interface MetsPage {
  id: string | null;
  /** Page number: the ORDERLABELs when they read as a run of page numbers in scan order, else ORDER. */
  number: number | null;
  fileIds: string[];
}

export interface MetsArticle {
  /** The logical div's ID: shared by the parts of an article running over several pages. */
  key: string;
  /** Enclosing section's LABEL (栏目), if any. */
  rubric: string | null;
  /** The title METS gives outside the text (MODS via DMDID, or LABEL); null when none. */
  title: string | null;
  pieces: { area: MetsArea; role: SourceBlock["hint"] }[];
}

export interface MetsIssue {
  files: Map<string, MetsFile>;
  pages: MetsPage[];
  articles: MetsArticle[];
  warnings: string[];
}

const ARTICLE_TYPES = /^(article|story|.*_article)$/i;
const SECTION_TYPES = /^(section|rubric|column|department)$/i;
const ROLES: readonly [RegExp, SourceBlock["hint"]][] = [
  [/^(heading|headline|title|main_?title|head)$/i, "heading"],
  [/^(kicker|overline|pre_?title|roofline|supertitle)$/i, "kicker"],
  [/^(sub_?title|sub_?headline|deck|standfirst|strapline)$/i, "deck"],
  [/^(sub_?heading|sub_?head|intertitle|crosshead)$/i, "subhead"],
  [/^(byline|author|authors|signature)$/i, "byline"],
  [/^(body|paragraph|text|body_?content|content|lead)$/i, "body"],
  [/^(caption|illustration|picture|figure|table)$/i, "unknown"],
];

/** Every physical div with an ID → its areas: a range of one list, since a div's areas are those of its subtree, in order. */
interface PhysicalAreas {
  list: MetsArea[];
  byId: Map<string, { start: number; end: number }>;
}

/**
 * What Folio needs from a METS document (METS 1.x): its files, pages (see
 * MetsPage.number) and articles with their ALTO pieces, roles, rubrics and
 * titles. `file` (the METS file's name) labels errors: an ImportError "mets"
 * when it lists more pages, links or areas than INPUT_LIMITS allow.
 */
export function parseMets(file: string, root: XmlElement): MetsIssue {
  const warnings: string[] = [];
  const files = new Map<string, MetsFile>();
  for (const sec of root.children)
    if (sec.name === "filesec") readFiles(sec, null, files);

  const structMaps = root.children.filter((c) => c.name === "structmap");
  const isPhysical = (m: XmlElement) =>
    (m.attrs.get("type") ?? "").toLowerCase() === "physical";
  const isLogical = (m: XmlElement) =>
    (m.attrs.get("type") ?? "").toLowerCase() === "logical";
  const physicalMap =
    structMaps.find(isPhysical) ??
    structMaps.find((m) => !isLogical(m) && findPageDivs(m).length > 0);
  const logicalMap =
    structMaps.find(isLogical) ?? structMaps.find((m) => m !== physicalMap);

  const physical: PhysicalAreas = { list: [], byId: new Map() };
  const pages = physicalMap
    ? readPages(file, physicalMap, physical, warnings)
    : [];
  const links = logicalMap
    ? readLinks(file, root, logicalMap, physical)
    : new Map<string, Set<string>>();

  const articles: MetsArticle[] = [];
  const titles = readMetsTitles(root);
  let pieces = 0;
  const addPiece = (
    article: MetsArticle,
    area: MetsArea,
    role: SourceBlock["hint"],
  ) => {
    if (++pieces > INPUT_LIMITS.maxMetsAreas) {
      const max = INPUT_LIMITS.maxMetsAreas.toLocaleString("en-US");
      throw new ImportError(
        "mets",
        file,
        `the METS articles name more than ${max} ALTO areas in all; that is the limit for one issue`,
        `METS 文件中的文章共引用了超过 ${max} 个 ALTO 区域，超出一期的上限`,
      );
    }
    article.pieces.push({ area, role });
  };
  const walk = (
    div: XmlElement,
    article: MetsArticle | null,
    role: SourceBlock["hint"],
    rubric: string | null,
  ) => {
    const type = div.attrs.get("type") ?? "";
    const id = div.attrs.get("id") ?? null;
    if (ARTICLE_TYPES.test(type)) {
      article = {
        key: id ?? `article-${articles.length + 1}`,
        rubric,
        title: divTitle(div, titles),
        pieces: [],
      };
      articles.push(article);
      role = "unknown";
    } else if (article) {
      role = ROLES.find(([re]) => re.test(type))?.[1] ?? role;
    } else if (SECTION_TYPES.test(type) && div.attrs.get("label")) {
      rubric = div.attrs.get("label")!.trim();
    }
    if (article) {
      for (const fptr of div.children)
        if (fptr.name === "fptr")
          for (const area of fptrAreas(fptr)) addPiece(article, area, role);
      for (const phys of (id && links.get(id)) || []) {
        const range = physical.byId.get(phys)!;
        for (let k = range.start; k < range.end; k++)
          addPiece(article, physical.list[k]!, role);
      }
    }
    for (const child of div.children)
      if (child.name === "div") walk(child, article, role, rubric);
  };
  if (logicalMap)
    for (const div of logicalMap.children)
      if (div.name === "div") walk(div, null, "unknown", null);
  return { files, pages, articles, warnings };
}

/**
 * Whether a METS file entry is a page's OCR text (ALTO) rather than its
 * image or PDF: by MIMETYPE, the fileGrp USE (FULLTEXT, ALTO, OCR …) or an
 * .xml href.
 */
export function isTextFile(file: MetsFile): boolean {
  if (/^(image|application\/pdf)/i.test(file.mimetype ?? "")) return false;
  return (
    /alto|text|ocr/i.test(file.use ?? "") ||
    /xml/i.test(file.mimetype ?? "") ||
    /\.xml$/i.test(file.href ?? "")
  );
}

function readFiles(
  el: XmlElement,
  use: string | null,
  files: Map<string, MetsFile>,
): void {
  for (const child of el.children) {
    if (child.name === "filegrp")
      readFiles(child, child.attrs.get("use") ?? use, files);
    else if (child.name === "file") {
      const id = child.attrs.get("id");
      const flocat = child.children.find((c) => c.name === "flocat");
      // NDNP puts USE on the file rather than its fileGrp.
      const own = child.attrs.get("use") ?? use;
      if (id)
        files.set(id, {
          id,
          href: flocat?.attrs.get("href") ?? null,
          mimetype: child.attrs.get("mimetype") ?? null,
          use: own,
        });
      readFiles(child, use, files);
    }
  }
}

function findPageDivs(map: XmlElement): XmlElement[] {
  const pages: XmlElement[] = [];
  const leaves: XmlElement[] = [];
  const walk = (div: XmlElement) => {
    if (/^page$/i.test(div.attrs.get("type") ?? "")) {
      pages.push(div);
      return;
    }
    const sub = div.children.filter((c) => c.name === "div");
    if (sub.length === 0 && div.children.some((c) => c.name === "fptr"))
      leaves.push(div);
    sub.forEach(walk);
  };
  map.children.filter((c) => c.name === "div").forEach(walk);
  return pages.length > 0 ? pages : leaves;
}

/** Pages in ORDER; every physical div with an ID (page or area below it) goes into `physical`. */
function readPages(
  file: string,
  map: XmlElement,
  physical: PhysicalAreas,
  warnings: string[],
): MetsPage[] {
  const found = findPageDivs(map);
  if (found.length > INPUT_LIMITS.maxMetsPages) {
    throw new ImportError(
      "mets",
      file,
      `the METS file lists ${found.length} pages; the limit is ${INPUT_LIMITS.maxMetsPages} (import one issue at a time)`,
      `METS 文件列出了 ${found.length} 个版面，上限为 ${INPUT_LIMITS.maxMetsPages} 个（请一次只导入一期）`,
    );
  }
  const divs = found
    .map((div, i) => ({ div, order: Number(div.attrs.get("order")) || i + 1 }))
    .sort((a, b) => a.order - b.order);
  const pages = divs.map(({ div, order }) => {
    const fileIds = new Set<string>();
    const collect = (d: XmlElement) => {
      const start = physical.list.length;
      for (const fptr of d.children) {
        if (fptr.name !== "fptr") continue;
        for (const area of fptrAreas(fptr)) {
          fileIds.add(area.fileId);
          physical.list.push(area);
        }
      }
      for (const sub of d.children) if (sub.name === "div") collect(sub);
      const id = d.attrs.get("id");
      // A link to a whole page says where an article is, not which blocks it has:
      // only areas below the page div carry content.
      if (id)
        physical.byId.set(id, {
          start,
          end: d === div ? start : physical.list.length,
        });
    };
    collect(div);
    return {
      id: div.attrs.get("id") ?? null,
      number: order,
      fileIds: [...fileIds],
    };
  });
  const labels = divs.map(
    ({ div }) => div.attrs.get("orderlabel")?.trim() ?? "",
  );
  const numbers = labels.map((label) =>
    label === "" ? null : pageNumberFromName(label),
  );
  if (isPageSequence(numbers))
    pages.forEach((p, i) => (p.number = numbers[i]!));
  else if (labels.some((label) => label !== "")) {
    const shown =
      labels
        .slice(0, 10)
        .map((l) => (l === "" ? "(none)" : l))
        .join(", ") + (labels.length > 10 ? ", …" : "");
    const orders =
      pages
        .slice(0, 10)
        .map((p) => p.number)
        .join(", ") + (pages.length > 10 ? ", …" : "");
    warnings.push(
      `ORDERLABELs ${shown} are not a page sequence; pages numbered by their scan ORDER (${orders}) instead`,
    );
  }
  return pages;
}

/**
 * ORDERLABELs are page numbers to trust only as a clean run in scan order
 * (3, 4, 5): labels OCR'd from the page (6 and 4 on scans 1 and 2), missing
 * or repeated say nothing reliable.
 */
function isPageSequence(numbers: readonly (number | null)[]): boolean {
  return numbers.every(
    (n, i) => n !== null && (i === 0 || n === numbers[i - 1]! + 1),
  );
}

/** fptr → areas, through seq/par wrappers; an fptr with only FILEID stands for the whole file. */
function fptrAreas(fptr: XmlElement): MetsArea[] {
  const areas: MetsArea[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (c.name === "area") {
        const fileId = c.attrs.get("fileid");
        // Areas on images (SHAPE/COORDS without BEGIN) hold no text.
        if (fileId && (c.attrs.get("begin") || !c.attrs.get("coords"))) {
          areas.push({
            fileId,
            begin: c.attrs.get("begin") ?? null,
            end: c.attrs.get("end") ?? null,
          });
        }
      } else if (c.name === "seq" || c.name === "par") walk(c);
    }
  };
  walk(fptr);
  const fileId = fptr.attrs.get("fileid");
  if (areas.length === 0 && fileId)
    areas.push({ fileId, begin: null, end: null });
  return areas;
}

/**
 * structLink: logical div ID → physical div IDs, from smLink and smLinkGrp
 * arcs, either direction. Every pair looked at counts towards the limit, so an
 * arc between two labels with thousands of locators each fails fast.
 */
function readLinks(
  file: string,
  root: XmlElement,
  logical: XmlElement,
  physical: PhysicalAreas,
): Map<string, Set<string>> {
  const logicalIds = new Set<string>();
  const collect = (el: XmlElement) => {
    for (const c of el.children) {
      if (c.name !== "div") continue;
      const id = c.attrs.get("id");
      if (id) logicalIds.add(id);
      collect(c);
    }
  };
  collect(logical);
  const links = new Map<string, Set<string>>();
  let pairs = 0;
  const link = (a: string, b: string) => {
    if (++pairs > INPUT_LIMITS.maxMetsLinks) tooManyLinks(file);
    const [log, phys] =
      logicalIds.has(a) && physical.byId.has(b)
        ? [a, b]
        : logicalIds.has(b) && physical.byId.has(a)
          ? [b, a]
          : [];
    if (!log || !phys) return;
    let set = links.get(log);
    if (!set) links.set(log, (set = new Set()));
    set.add(phys);
  };
  const target = (href: string | undefined) => (href ?? "").replace(/^.*#/, "");
  for (const sl of root.children) {
    if (sl.name !== "structlink") continue;
    for (const el of sl.children) {
      if (el.name === "smlink")
        link(target(el.attrs.get("from")), target(el.attrs.get("to")));
      if (el.name !== "smlinkgrp") continue;
      const byLabel = new Map<string, Set<string>>();
      for (const loc of el.children) {
        if (loc.name !== "smlocatorlink") continue;
        const label = loc.attrs.get("label") ?? "";
        let set = byLabel.get(label);
        if (!set) byLabel.set(label, (set = new Set()));
        set.add(target(loc.attrs.get("href")));
      }
      const arcs = new Set<string>();
      for (const arc of el.children) {
        if (arc.name !== "smarclink") continue;
        const from = arc.attrs.get("from") ?? "";
        const to = arc.attrs.get("to") ?? "";
        const key = `${from}\u0000${to}`;
        if (arcs.has(key)) continue;
        arcs.add(key);
        for (const a of byLabel.get(from) ?? [])
          for (const b of byLabel.get(to) ?? []) link(a, b);
      }
    }
  }
  return links;
}

function tooManyLinks(file: string): never {
  const max = INPUT_LIMITS.maxMetsLinks.toLocaleString("en-US");
  throw new ImportError(
    "mets",
    file,
    `the METS structLink spells out more than ${max} links between articles and page areas; that is the limit for one issue`,
    `METS 文件的 structLink 中文章与版面区域之间的链接超过 ${max} 个，超出一期的上限`,
  );
}
