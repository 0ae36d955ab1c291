// Article titles a METS file holds outside the page text: in the MODS record
// a logical div points to (DMDID → dmdSec → mdWrap/xmlData → mods:titleInfo/
// mods:title, as a national library's newspaper profile has it), or in the
// div's LABEL. Some profiles leave the ARTICLE div empty and its headline
// only there.
import type { SourceBlock } from "../types";
import type { XmlElement } from "../xml/parse-xml";

/** LABELs that name the kind of div, not the article (Article, Artikel, Untitled, [Ohne Titel], 3). */
const GENERIC_LABEL =
  /^(?:\[.*\]|article|artikel|artikkel|artículo|articolo|untitled|sans titre|ohne titel|story|text|content|\d+)$/i;

/**
 * The title of each descriptive metadata section (dmdSec ID → title) that
 * holds a MODS record with one: mods:nonSort and mods:title of the record's
 * own titleInfo (not a relatedItem's), with mods:subTitle after a colon.
 */
export function readMetsTitles(root: XmlElement): Map<string, string> {
  const titles = new Map<string, string>();
  for (const sec of root.children) {
    const id = sec.name === "dmdsec" ? sec.attrs.get("id") : undefined;
    if (!id) continue;
    const mods = findMods(sec);
    const title = mods ? modsTitle(mods) : null;
    if (title) titles.set(id, title);
  }
  return titles;
}

/** The title of a logical div: the first of its DMDIDs with a MODS title, else its LABEL unless that is generic. */
export function divTitle(
  div: XmlElement,
  titles: ReadonlyMap<string, string>,
): string | null {
  for (const id of (div.attrs.get("dmdid") ?? "").split(/\s+/)) {
    const title = id ? titles.get(id) : undefined;
    if (title) return title;
  }
  const label = clean(div.attrs.get("label") ?? "");
  const type = div.attrs.get("type") ?? "";
  return label !== "" &&
    !GENERIC_LABEL.test(label) &&
    label.toLowerCase() !== type.toLowerCase()
    ? label
    : null;
}

/**
 * When the article's first block is its METS title as printed (however
 * spaced, cased or punctuated), hints it as the heading, so that it becomes
 * the headline rather than a paragraph repeating it.
 */
export function markPrintedTitle(blocks: SourceBlock[], title: string): void {
  const first = blocks[0];
  if (
    first &&
    first.hint !== "heading" &&
    letters(first.lines.join(" ")) === letters(title)
  )
    blocks[0] = { ...first, hint: "heading" };
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The MODS record in a dmdSec: mdWrap → xmlData → mods (or the first in a modsCollection). */
function findMods(sec: XmlElement): XmlElement | null {
  for (const wrap of sec.children) {
    if (wrap.name !== "mdwrap") continue;
    for (const data of wrap.children) {
      if (data.name !== "xmldata") continue;
      for (const el of data.children) {
        if (el.name === "mods") return el;
        if (el.name === "modscollection")
          return el.children.find((c) => c.name === "mods") ?? null;
      }
    }
  }
  return null;
}

function modsTitle(mods: XmlElement): string | null {
  for (const info of mods.children) {
    if (info.name !== "titleinfo" || info.attrs.get("type") === "alternative")
      continue;
    const part = (name: string) =>
      clean(info.children.find((c) => c.name === name)?.text ?? "");
    const title = part("title");
    if (title === "") continue;
    const nonSort = part("nonsort");
    const subTitle = part("subtitle");
    const full =
      nonSort === ""
        ? title
        : `${nonSort}${/['’\s]$/.test(nonSort) ? "" : " "}${title}`;
    return subTitle === "" ? full : `${full}: ${subTitle}`;
  }
  return null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
