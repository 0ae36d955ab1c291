// Reads one ALTO page (v1.x from docWorks without a namespace, v2, v3, v4) into
// text blocks in document order, with what METS areas and reading orders need
// to address them: IDs of blocks, ComposedBlocks, lines and strings.
// Element and attribute names are matched case-insensitively (parse-xml lower-
// cases them), which covers the spelling variants of early ALTO producers.
import { assembleLine, type AltoToken } from "./alto-line";
import type {
  AltoBlock,
  AltoGroup,
  AltoHyphenation,
  AltoPage,
  AltoRef,
  ReadingOrderGroup,
  ReadingOrderItem,
  SourceWord,
} from "./alto-page";
import { ImportError } from "./import-error";
import { pageNumberFromName } from "./page-number-from-name";
import type { XmlElement } from "./parse-xml";
import type { SourceBlock } from "./types";

/** A font size this much larger than the body text marks a heading. */
const HEADING_RATIO = 1.3;

/**
 * `repair`: join hyphenated words (SUBS_TYPE HypPart1/HypPart2, or a HYP at
 * a line end between letters) into the whole word, recording each join.
 * Without it the parts stay as printed.
 */
export function parseAlto(file: string, root: XmlElement, options: { repair: boolean }): AltoPage {
  return new AltoReader(file, options.repair).read(root);
}

interface Style {
  size: number | null;
  bold: boolean;
}

interface RawBlock {
  id: string | null;
  idNext: string | null;
  group: number | null;
  margin: boolean;
  lines: AltoToken[][];
  chars: number;
  sizedChars: number;
  sizeSum: number;
  boldChars: number;
}

interface PendingHyphen {
  token: AltoToken;
  block: number;
  line: number;
  hyphen: AltoToken | null;
  subs: string | null;
  /** A HYP without SUBS_*: join only if the next line starts with a letter. */
  bare: boolean;
}

const NO_STYLE: Style = { size: null, bold: false };

class AltoReader {
  private readonly styles = new Map<string, Style>();
  private readonly raw: RawBlock[] = [];
  private readonly groups: AltoGroup[] = [];
  private readonly ids = new Map<string, AltoRef>();
  private readonly hyphenations: AltoHyphenation[] = [];
  private readonly warnings: string[] = [];
  /** Characters of body text by font size, for the page's typical size. */
  private readonly sizes = new Map<number, number>();
  private pending: PendingHyphen | null = null;

  constructor(
    private readonly file: string,
    private readonly repair: boolean,
  ) {}

  read(root: XmlElement): AltoPage {
    for (const styles of children(root, "styles")) {
      for (const ts of children(styles, "textstyle")) {
        const id = ts.attrs.get("id");
        const size = Number(ts.attrs.get("fontsize"));
        if (id) this.styles.set(id, { size: size > 0 ? size : null, bold: /bold/i.test(ts.attrs.get("fontstyle") ?? "") });
      }
    }
    const pages = children(root, "layout").flatMap((layout) => children(layout, "page"));
    if (pages.length === 0) {
      throw new ImportError("alto", this.file, "the ALTO file has no <Page> in its <Layout>", "ALTO 文件的 <Layout> 中没有 <Page>");
    }
    if (pages.length > 1) this.warnings.push(`${pages.length} <Page> elements in one ALTO file; read as one page`);
    for (const page of pages) {
      const style = this.style(page, NO_STYLE);
      for (const space of page.children) {
        if (space.name === "printspace") this.readSpace(space, false, style);
        else if (/^(top|bottom|left|right)margin$/.test(space.name)) this.readSpace(space, true, style);
      }
    }
    const printed = pages[0]?.attrs.get("printed_img_nr");
    return {
      file: this.file,
      blocks: this.finishBlocks(),
      groups: this.groups,
      ids: this.ids,
      hyphenations: this.hyphenations,
      readingOrder: children(root, "readingorder").flatMap((ro) => readGroups(ro)),
      printedNumber: printed ? pageNumberFromName(printed) : null,
      warnings: this.warnings,
    };
  }

  private readSpace(space: XmlElement, margin: boolean, inherited: Style): void {
    const style = this.style(space, inherited);
    for (const el of space.children) {
      if (el.name === "textblock") this.readTextBlock(el, margin, style, null);
      else if (el.name === "composedblock") this.readComposed(el, margin, style, null);
    }
  }

  private readComposed(el: XmlElement, margin: boolean, inherited: Style, outer: number | null): void {
    const style = this.style(el, inherited);
    const first = this.raw.length;
    const group = outer ?? this.groups.push({ id: attr(el, "id"), idNext: attr(el, "idnext"), first, last: first }) - 1;
    for (const child of el.children) {
      if (child.name === "textblock") this.readTextBlock(child, margin, style, group);
      else if (child.name === "composedblock") this.readComposed(child, margin, style, group);
    }
    const last = this.raw.length - 1;
    if (last < first) {
      if (outer === null) this.groups.pop();
      return;
    }
    if (outer === null) this.groups[group]!.last = last;
    const id = attr(el, "id");
    if (id) this.ids.set(id, { first, last, line: null });
  }

  private readTextBlock(el: XmlElement, margin: boolean, inherited: Style, group: number | null): void {
    const index = this.raw.length;
    const block: RawBlock = {
      id: attr(el, "id"),
      idNext: attr(el, "idnext"),
      group,
      margin,
      lines: [],
      chars: 0,
      sizedChars: 0,
      sizeSum: 0,
      boldChars: 0,
    };
    this.raw.push(block);
    if (block.id) this.ids.set(block.id, { first: index, last: index, line: null });
    const blockStyle = this.style(el, inherited);
    for (const lineEl of el.children) {
      if (lineEl.name !== "textline") continue;
      const line = block.lines.length;
      const tokens: AltoToken[] = [];
      block.lines.push(tokens);
      const lineId = attr(lineEl, "id");
      if (lineId) this.ids.set(lineId, { first: index, last: index, line });
      const lineStyle = this.style(lineEl, blockStyle);
      let lastWord: AltoToken | null = null;
      for (const item of lineEl.children) {
        if (item.name === "string") lastWord = this.readString(item, block, index, line, tokens, lineStyle);
        else if (item.name === "sp") tokens.push({ kind: "space", text: " ", wc: null, cc: null, width: number(item.attrs.get("width")) });
        else if (item.name === "hyp") this.readHyphen(item, index, line, tokens, lastWord);
      }
    }
  }

  private readString(el: XmlElement, block: RawBlock, index: number, line: number, tokens: AltoToken[], inherited: Style): AltoToken {
    const content = el.attrs.get("content") ?? "";
    const width = number(el.attrs.get("width"));
    const token: AltoToken = {
      kind: "word",
      text: content,
      wc: parseWc(el.attrs.get("wc")),
      cc: parseCc(el.attrs.get("cc")),
      width: width !== null && content.length > 0 ? width / [...content].length : null,
    };
    const id = attr(el, "id");
    if (id) this.ids.set(id, { first: index, last: index, line });

    const subsType = el.attrs.get("subs_type")?.toLowerCase();
    const pending = this.pending;
    this.pending = null;
    if (pending && this.repair) {
      const newLine = pending.block !== index || pending.line !== line;
      const bareJoin = pending.bare && newLine && /\p{L}$/u.test(pending.token.text) && /^\p{L}/u.test(content);
      if (subsType === "hyppart2" || bareJoin) this.join(pending, token, el.attrs.get("subs_content") ?? null);
    }
    if (subsType === "hyppart1") {
      this.pending = { token, block: index, line, hyphen: null, subs: el.attrs.get("subs_content") ?? null, bare: false };
    }
    tokens.push(token);

    const style = this.style(el, inherited);
    const chars = content.length;
    block.chars += chars;
    if (style.bold || /bold/i.test(el.attrs.get("style") ?? "")) block.boldChars += chars;
    if (style.size !== null) {
      block.sizedChars += chars;
      block.sizeSum += style.size * chars;
      if (!block.margin) this.sizes.set(style.size, (this.sizes.get(style.size) ?? 0) + chars);
    }
    return token;
  }

  /** `lastWord`: the line's last String so far, which a HYP without SUBS_* may join to the next line. */
  private readHyphen(el: XmlElement, index: number, line: number, tokens: AltoToken[], lastWord: AltoToken | null): void {
    const hyphen: AltoToken = { kind: "hyphen", text: el.attrs.get("content") ?? "-", wc: null, cc: null, width: null };
    tokens.push(hyphen);
    const pending = this.pending;
    if (pending && pending.block === index && pending.line === line) {
      pending.hyphen = hyphen;
      return;
    }
    if (lastWord) this.pending = { token: lastWord, block: index, line, hyphen, subs: null, bare: true };
  }

  /** Puts the whole word where its first part was printed and empties the rest. */
  private join(first: PendingHyphen, second: AltoToken, subs2: string | null): void {
    const whole = first.subs ?? subs2 ?? first.token.text + second.text;
    const original = `${first.token.text}${first.hyphen?.text ?? ""}\n${second.text}`;
    const cc = first.token.cc !== null && second.cc !== null ? first.token.cc + second.cc : null;
    const wcs = [first.token.wc, second.wc].filter((w): w is number => w !== null);
    first.token.text = whole;
    first.token.cc = cc !== null && cc.length === whole.length ? cc : null;
    first.token.wc = wcs.length > 0 ? Math.min(...wcs) : null;
    if (first.hyphen) first.hyphen.text = "";
    second.text = "";
    this.hyphenations.push({ block: first.block, line: first.line, original, replacement: whole });
  }

  private style(el: XmlElement, inherited: Style): Style {
    const refs = el.attrs.get("stylerefs");
    if (!refs) return inherited;
    for (const ref of refs.split(/\s+/)) {
      const style = this.styles.get(ref);
      if (style) return { size: style.size ?? inherited.size, bold: style.bold };
    }
    return inherited;
  }

  private finishBlocks(): AltoBlock[] {
    const body = typicalSize(this.sizes);
    return this.raw.map((raw) => {
      const lines: string[] = [];
      const words: SourceWord[] = [];
      raw.lines.forEach((tokens, line) => {
        const assembled = assembleLine(tokens);
        lines.push(assembled.text);
        for (const w of assembled.words) words.push({ line, ...w });
      });
      return {
        id: raw.id,
        idNext: raw.idNext,
        group: raw.group,
        margin: raw.margin,
        lines,
        words,
        hint: hintFor(raw, lines, body),
      };
    });
  }
}

function hintFor(raw: RawBlock, lines: string[], body: number | null): SourceBlock["hint"] {
  const textLines = lines.filter((l) => l.trim() !== "").length;
  if (body !== null && raw.sizedChars > raw.chars / 2 && textLines <= 6) {
    if (raw.sizeSum / raw.sizedChars >= body * HEADING_RATIO) return "heading";
  }
  if (raw.chars > 0 && raw.boldChars === raw.chars && raw.chars <= 40 && textLines <= 2) return "subhead";
  return "unknown";
}

/** The font size most characters on the page are set in (weighted median). */
function typicalSize(sizes: Map<number, number>): number | null {
  const entries = [...sizes].sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  let seen = 0;
  for (const [size, n] of entries) {
    seen += n;
    if (seen * 2 >= total) return size;
  }
  return null;
}

function readGroups(parent: XmlElement): ReadingOrderGroup[] {
  const groups: ReadingOrderGroup[] = [];
  for (const el of parent.children) {
    if (el.name === "orderedgroup" || el.name === "unorderedgroup") groups.push(readGroup(el));
  }
  return groups;
}

function readGroup(el: XmlElement): ReadingOrderGroup {
  const items: ReadingOrderItem[] = [];
  for (const child of el.children) {
    if (child.name === "elementref") {
      for (const ref of (child.attrs.get("ref") ?? "").split(/\s+/)) if (ref) items.push({ ref });
    } else if (child.name === "orderedgroup" || child.name === "unorderedgroup") {
      items.push(readGroup(child));
    }
  }
  return { ordered: el.name === "orderedgroup", items };
}

function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

function attr(el: XmlElement, name: string): string | null {
  const v = el.attrs.get(name)?.trim();
  return v ? v : null;
}

function number(v: string | undefined): number | null {
  const n = v === undefined || v.trim() === "" ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function parseWc(v: string | undefined): number | null {
  if (v === undefined || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

/** CC is "one digit per character", written "0010" or "0 0 1 0" depending on the producer. */
function parseCc(v: string | undefined): string | null {
  if (v === undefined) return null;
  const digits = v.replace(/\s+/g, "");
  return /^\d+$/.test(digits) ? digits : null;
}
