// Reads what Folio needs from a METS newspaper issue: the files (fileSec), the
// pages in order (physical structMap), and the articles (logical structMap)
// as ordered pieces of ALTO, each with its role. Pieces come from fptr/area
// (also inside seq/par) and from structLink (smLink, or smLinkGrp with
// smLocatorLink + smArcLink) to physical area divs.
import { pageNumberFromName } from "./page-number-from-name";
import type { XmlElement } from "./parse-xml";
import type { SourceBlock } from "./types";

export interface MetsFile {
  id: string;
  href: string | null;
  mimetype: string | null;
  /** USE of the enclosing fileGrp ("FULLTEXT", "ALTO", "IMAGE" …). */
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
  /** Page number from ORDERLABEL (or ORDER). */
  number: number | null;
  fileIds: string[];
}

export interface MetsArticle {
  /** The logical div's ID: shared by the parts of an article running over several pages. */
  key: string;
  /** Enclosing section's LABEL (栏目), if any. */
  rubric: string | null;
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

export function parseMets(root: XmlElement): MetsIssue {
  const warnings: string[] = [];
  const files = new Map<string, MetsFile>();
  for (const sec of root.children) if (sec.name === "filesec") readFiles(sec, null, files);

  const structMaps = root.children.filter((c) => c.name === "structmap");
  const isPhysical = (m: XmlElement) => (m.attrs.get("type") ?? "").toLowerCase() === "physical";
  const isLogical = (m: XmlElement) => (m.attrs.get("type") ?? "").toLowerCase() === "logical";
  const physicalMap = structMaps.find(isPhysical) ?? structMaps.find((m) => !isLogical(m) && findPageDivs(m).length > 0);
  const logicalMap = structMaps.find(isLogical) ?? structMaps.find((m) => m !== physicalMap);

  const physicalAreas = new Map<string, MetsArea[]>();
  const pages = physicalMap ? readPages(physicalMap, physicalAreas, warnings) : [];
  const links = logicalMap ? readLinks(root, logicalMap, physicalAreas) : new Map<string, string[]>();

  const articles: MetsArticle[] = [];
  const walk = (div: XmlElement, article: MetsArticle | null, role: SourceBlock["hint"], rubric: string | null) => {
    const type = div.attrs.get("type") ?? "";
    const id = div.attrs.get("id") ?? null;
    if (ARTICLE_TYPES.test(type)) {
      article = { key: id ?? `article-${articles.length + 1}`, rubric, pieces: [] };
      articles.push(article);
      role = "unknown";
    } else if (article) {
      role = ROLES.find(([re]) => re.test(type))?.[1] ?? role;
    } else if (SECTION_TYPES.test(type) && div.attrs.get("label")) {
      rubric = div.attrs.get("label")!.trim();
    }
    if (article) {
      const current = article;
      for (const fptr of div.children) if (fptr.name === "fptr") for (const area of fptrAreas(fptr)) current.pieces.push({ area, role });
      for (const phys of (id && links.get(id)) || []) {
        for (const area of physicalAreas.get(phys) ?? []) current.pieces.push({ area, role });
      }
    }
    for (const child of div.children) if (child.name === "div") walk(child, article, role, rubric);
  };
  if (logicalMap) for (const div of logicalMap.children) if (div.name === "div") walk(div, null, "unknown", null);
  return { files, pages, articles, warnings };
}

function readFiles(el: XmlElement, use: string | null, files: Map<string, MetsFile>): void {
  for (const child of el.children) {
    if (child.name === "filegrp") readFiles(child, child.attrs.get("use") ?? use, files);
    else if (child.name === "file") {
      const id = child.attrs.get("id");
      const flocat = child.children.find((c) => c.name === "flocat");
      if (id) files.set(id, { id, href: flocat?.attrs.get("href") ?? null, mimetype: child.attrs.get("mimetype") ?? null, use });
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
    if (sub.length === 0 && div.children.some((c) => c.name === "fptr")) leaves.push(div);
    sub.forEach(walk);
  };
  map.children.filter((c) => c.name === "div").forEach(walk);
  return pages.length > 0 ? pages : leaves;
}

/** Pages in ORDER; every physical div with an ID (page or area below it) goes into `areasById`. */
function readPages(map: XmlElement, areasById: Map<string, MetsArea[]>, warnings: string[]): MetsPage[] {
  const divs = findPageDivs(map)
    .map((div, i) => ({ div, order: Number(div.attrs.get("order")) || i + 1 }))
    .sort((a, b) => a.order - b.order);
  const pages = divs.map(({ div, order }) => {
    const fileIds = new Set<string>();
    const collect = (d: XmlElement) => {
      const areas: MetsArea[] = [];
      for (const fptr of d.children) {
        if (fptr.name !== "fptr") continue;
        for (const area of fptrAreas(fptr)) {
          fileIds.add(area.fileId);
          areas.push(area);
        }
      }
      for (const sub of d.children) if (sub.name === "div") areas.push(...collect(sub));
      const id = d.attrs.get("id");
      // A link to a whole page says where an article is, not which blocks it has:
      // only areas below the page div carry content.
      if (id) areasById.set(id, d === div ? [] : areas);
      return areas;
    };
    collect(div);
    const label = div.attrs.get("orderlabel");
    return { id: div.attrs.get("id") ?? null, number: (label && pageNumberFromName(label)) || order, fileIds: [...fileIds] };
  });
  const numbers = pages.map((p) => p.number);
  if (new Set(numbers).size !== numbers.length) {
    warnings.push("ORDERLABELs repeat page numbers; pages numbered by ORDER instead");
    pages.forEach((p, i) => (p.number = divs[i]!.order));
  }
  return pages;
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
          areas.push({ fileId, begin: c.attrs.get("begin") ?? null, end: c.attrs.get("end") ?? null });
        }
      } else if (c.name === "seq" || c.name === "par") walk(c);
    }
  };
  walk(fptr);
  const fileId = fptr.attrs.get("fileid");
  if (areas.length === 0 && fileId) areas.push({ fileId, begin: null, end: null });
  return areas;
}

/** structLink: logical div ID → physical div IDs, from smLink and smLinkGrp arcs, either direction. */
function readLinks(root: XmlElement, logical: XmlElement, physical: Map<string, MetsArea[]>): Map<string, string[]> {
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
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const [log, phys] = logicalIds.has(a) && physical.has(b) ? [a, b] : logicalIds.has(b) && physical.has(a) ? [b, a] : [];
    if (!log || !phys) return;
    const list = links.get(log) ?? [];
    if (!list.includes(phys)) list.push(phys);
    links.set(log, list);
  };
  const target = (href: string | undefined) => (href ?? "").replace(/^.*#/, "");
  for (const sl of root.children) {
    if (sl.name !== "structlink") continue;
    for (const el of sl.children) {
      if (el.name === "smlink") link(target(el.attrs.get("from")), target(el.attrs.get("to")));
      if (el.name !== "smlinkgrp") continue;
      const byLabel = new Map<string, string[]>();
      for (const loc of el.children) {
        if (loc.name !== "smlocatorlink") continue;
        const label = loc.attrs.get("label") ?? "";
        byLabel.set(label, [...(byLabel.get(label) ?? []), target(loc.attrs.get("href"))]);
      }
      for (const arc of el.children) {
        if (arc.name !== "smarclink") continue;
        for (const from of byLabel.get(arc.attrs.get("from") ?? "") ?? []) {
          for (const to of byLabel.get(arc.attrs.get("to") ?? "") ?? []) link(from, to);
        }
      }
    }
  }
  return links;
}
