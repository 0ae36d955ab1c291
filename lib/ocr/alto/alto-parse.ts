// Reads one ALTO page (v1.x from docWorks without a namespace, v2, v3, v4) into
// text blocks in document order, with what METS areas and reading orders need
// to address them: IDs of blocks, ComposedBlocks, lines and strings.
// Element and attribute names are matched case-insensitively (parse-xml lower-
// cases them), which covers the spelling variants of early ALTO producers.
import { ImportError } from "../import-error";
import { pageNumberFromName } from "../input/page-number-from-name";
import type { XmlElement } from "../xml/parse-xml";
import { type BlockBox, blockHints, typicalFontSize } from "./alto-block-hints";
import { HyphenJoiner } from "./alto-hyphenation";
import { type AltoToken, assembleLine } from "./alto-line";
import type {
  AltoBlock,
  AltoGroup,
  AltoPage,
  AltoRef,
  ReadingOrderGroup,
  ReadingOrderItem,
  SourceWord,
} from "./alto-page";
import { otherReadings, sameBox, stringAlternatives } from "./alto-readings";

/**
 * `repair`: join hyphenated words (SUBS_TYPE HypPart1/HypPart2, or a HYP at
 * a line end between letters) into the whole word, recording each join.
 * Without it the parts stay as printed.
 */
export function parseAlto(
  file: string,
  root: XmlElement,
  options: { repair: boolean },
): AltoPage {
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
  box: BlockBox | null;
  /** The TextLine HEIGHTs given. */
  lineHeights: number[];
}

const NO_STYLE: Style = { size: null, bold: false };

class AltoReader {
  private readonly styles = new Map<string, Style>();
  private readonly raw: RawBlock[] = [];
  private readonly groups: AltoGroup[] = [];
  private readonly ids = new Map<string, AltoRef>();
  private hyphens: HyphenJoiner = new HyphenJoiner(false);
  private readonly warnings: string[] = [];
  /** Characters of body text by font size, for the page's typical size. */
  private readonly sizes = new Map<number, number>();

  constructor(
    private readonly file: string,
    repair: boolean,
  ) {
    this.repair = repair;
  }

  private readonly repair: boolean;

  read(root: XmlElement): AltoPage {
    this.hyphens = new HyphenJoiner(this.repair, labelsHyphenation(root));
    for (const styles of children(root, "styles")) {
      for (const ts of children(styles, "textstyle")) {
        const id = ts.attrs.get("id");
        const size = Number(ts.attrs.get("fontsize"));
        if (id)
          this.styles.set(id, {
            size: size > 0 ? size : null,
            bold: /bold/i.test(ts.attrs.get("fontstyle") ?? ""),
          });
      }
    }
    const pages = children(root, "layout").flatMap((layout) =>
      children(layout, "page"),
    );
    if (pages.length === 0) {
      throw new ImportError(
        "alto",
        this.file,
        "the ALTO file has no <Page> in its <Layout>",
        "ALTO 文件的 <Layout> 中没有 <Page>",
      );
    }
    if (pages.length > 1)
      this.warnings.push(
        `${pages.length} <Page> elements in one ALTO file; read as one page`,
      );
    const spaces = new Map<string, BlockBox>();
    for (const page of pages) {
      const style = this.style(page, NO_STYLE);
      for (const space of page.children) {
        if (space.name === "printspace") this.readSpace(space, false, style);
        else if (/^(top|bottom|left|right)margin$/.test(space.name))
          this.readSpace(space, true, style);
        else continue;
        const spaceBox = box(space);
        if (spaceBox && !spaces.has(space.name))
          spaces.set(space.name, spaceBox);
      }
    }
    const printed = pages[0]?.attrs.get("printed_img_nr");
    const physical = pages[0]?.attrs.get("physical_img_nr");
    return {
      file: this.file,
      blocks: this.finishBlocks(),
      groups: this.groups,
      ids: this.ids,
      hyphenations: this.hyphens.joins,
      readingOrder: children(root, "readingorder").flatMap((ro) =>
        readGroups(ro),
      ),
      width: number(pages[0]?.attrs.get("width")),
      height: number(pages[0]?.attrs.get("height")),
      textArea: textArea(
        spaces,
        number(pages[0]?.attrs.get("width")),
        number(pages[0]?.attrs.get("height")),
      ),
      bodyFontSize: typicalFontSize(this.sizes),
      printedNumber: printed ? pageNumberFromName(printed) : null,
      physicalNumber: physical ? pageNumberFromName(physical) : null,
      warnings: this.warnings,
    };
  }

  private readSpace(
    space: XmlElement,
    margin: boolean,
    inherited: Style,
  ): void {
    const style = this.style(space, inherited);
    for (const el of space.children) {
      if (el.name === "textblock") this.readTextBlock(el, margin, style, null);
      else if (el.name === "composedblock")
        this.readComposed(el, margin, style, null);
    }
  }

  private readComposed(
    el: XmlElement,
    margin: boolean,
    inherited: Style,
    outer: number | null,
  ): void {
    const style = this.style(el, inherited);
    const first = this.raw.length;
    const group =
      outer ??
      this.groups.push({
        id: attr(el, "id"),
        idNext: attr(el, "idnext"),
        first,
        last: first,
      }) - 1;
    for (const child of el.children) {
      if (child.name === "textblock")
        this.readTextBlock(child, margin, style, group);
      else if (child.name === "composedblock")
        this.readComposed(child, margin, style, group);
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

  private readTextBlock(
    el: XmlElement,
    margin: boolean,
    inherited: Style,
    group: number | null,
  ): void {
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
      box: box(el),
      lineHeights: [],
    };
    this.raw.push(block);
    if (block.id)
      this.ids.set(block.id, { first: index, last: index, line: null });
    const blockStyle = this.style(el, inherited);
    for (const lineEl of el.children) {
      if (lineEl.name !== "textline") continue;
      const line = block.lines.length;
      const tokens: AltoToken[] = [];
      block.lines.push(tokens);
      const lineId = attr(lineEl, "id");
      if (lineId) this.ids.set(lineId, { first: index, last: index, line });
      const height = number(lineEl.attrs.get("height"));
      if (height !== null && height > 0) {
        block.lineHeights.push(height);
      }
      const lineStyle = this.style(lineEl, blockStyle);
      let lastWord: AltoToken | null = null;
      let lastString: XmlElement | null = null;
      for (const item of lineEl.children) {
        if (item.name === "string") {
          if (lastWord && lastString && sameBox(lastString, item))
            this.readDuplicate(item, lastWord, index, line);
          else
            lastWord = this.readString(
              item,
              block,
              index,
              line,
              tokens,
              lineStyle,
            );
          lastString = item;
          continue;
        }
        lastString = null;
        if (item.name === "sp")
          tokens.push({
            kind: "space",
            text: " ",
            wc: null,
            cc: null,
            width: number(item.attrs.get("width")),
            alternatives: null,
          });
        else if (item.name === "hyp")
          this.readHyphen(item, index, line, tokens, lastWord);
      }
    }
  }

  private readString(
    el: XmlElement,
    block: RawBlock,
    index: number,
    line: number,
    tokens: AltoToken[],
    inherited: Style,
  ): AltoToken {
    const content = el.attrs.get("content") ?? "";
    const width = number(el.attrs.get("width"));
    const token: AltoToken = {
      kind: "word",
      text: content,
      wc: parseWc(el.attrs.get("wc")),
      cc: parseCc(el.attrs.get("cc")),
      width:
        width !== null && content.length > 0
          ? width / [...content].length
          : null,
      alternatives: otherReadings(content, stringAlternatives(el)),
      span: spanOf(el),
    };
    const id = attr(el, "id");
    if (id) this.ids.set(id, { first: index, last: index, line });

    this.hyphens.word(
      token,
      el.attrs.get("subs_type")?.toLowerCase(),
      el.attrs.get("subs_content") ?? null,
      index,
      line,
    );
    tokens.push(token);

    const style = this.style(el, inherited);
    const chars = content.length;
    block.chars += chars;
    if (style.bold || /bold/i.test(el.attrs.get("style") ?? ""))
      block.boldChars += chars;
    if (style.size !== null) {
      block.sizedChars += chars;
      block.sizeSum += style.size * chars;
      if (!block.margin)
        this.sizes.set(style.size, (this.sizes.get(style.size) ?? 0) + chars);
    }
    return token;
  }

  /**
   * A String in the same box as the one before it: another reading of the
   * same printed word. The more confident one (WC) stays in the text, the
   * other becomes an alternative; a duplicate first half of a hyphenated
   * word adds its SUBS_CONTENT to the candidates for the whole word.
   */
  private readDuplicate(
    el: XmlElement,
    kept: AltoToken,
    index: number,
    line: number,
  ): void {
    const id = attr(el, "id");
    if (id) this.ids.set(id, { first: index, last: index, line });
    const content = el.attrs.get("content") ?? "";
    const wc = parseWc(el.attrs.get("wc"));
    const readings = [
      ...(kept.alternatives ?? []),
      content,
      ...stringAlternatives(el),
    ];
    if (wc !== null && (kept.wc === null || wc > kept.wc) && content !== "") {
      readings.push(kept.text);
      kept.text = content;
      kept.wc = wc;
      kept.cc = parseCc(el.attrs.get("cc"));
    }
    kept.alternatives = otherReadings(kept.text, readings);
    this.hyphens.duplicate(kept, el.attrs.get("subs_content"));
  }

  /** `lastWord`: the line's last String so far, which a HYP without SUBS_* may join to the next line. */
  private readHyphen(
    el: XmlElement,
    index: number,
    line: number,
    tokens: AltoToken[],
    lastWord: AltoToken | null,
  ): void {
    const hyphen: AltoToken = {
      kind: "hyphen",
      text: el.attrs.get("content") ?? "-",
      wc: null,
      cc: null,
      width: null,
      alternatives: null,
    };
    tokens.push(hyphen);
    this.hyphens.hyphen(hyphen, index, line, lastWord);
  }

  private style(el: XmlElement, inherited: Style): Style {
    const refs = el.attrs.get("stylerefs");
    if (!refs) return inherited;
    for (const ref of refs.split(/\s+/)) {
      const style = this.styles.get(ref);
      if (style)
        return { size: style.size ?? inherited.size, bold: style.bold };
    }
    return inherited;
  }

  private finishBlocks(): AltoBlock[] {
    const blocks = this.raw.map((raw) => {
      const lines: string[] = [];
      const words: SourceWord[] = [];
      raw.lines.forEach((tokens, line) => {
        const assembled = assembleLine(tokens);
        lines.push(assembled.text);
        for (const w of assembled.words) words.push({ line, ...w });
      });
      return { raw, lines, words };
    });
    const layouts = blocks.map(({ raw, lines }) => ({
      ...raw,
      lines,
      // The median: a drop cap makes one line tall, not the paragraph.
      lineHeight:
        median(raw.lineHeights) ??
        (raw.box && lines.length > 0 ? raw.box.height / lines.length : null),
    }));
    const hints = blockHints(layouts, typicalFontSize(this.sizes));
    return blocks.map(({ raw, lines, words }, b) => ({
      id: raw.id,
      idNext: raw.idNext,
      group: raw.group,
      margin: raw.margin,
      lines,
      words,
      hint: hints[b]!,
      box: raw.box,
      // The font most of the block is set in, when its style says; a few sized characters say nothing.
      fontSize:
        raw.sizedChars > raw.chars / 2 && raw.sizedChars > 0
          ? raw.sizeSum / raw.sizedChars
          : null,
      lineHeight: layouts[b]!.lineHeight,
    }));
  }
}

/** Does any String of the file carry SUBS_TYPE (HypPart1/HypPart2)? Stops at the first. */
function labelsHyphenation(root: XmlElement): boolean {
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.name === "string" && el.attrs.get("subs_type") !== undefined)
      return true;
    for (const child of el.children) stack.push(child);
  }
  return false;
}

/** A String's HPOS to HPOS + WIDTH, when both are given and real. */
function spanOf(el: XmlElement): { from: number; to: number } | null {
  const hpos = number(el.attrs.get("hpos"));
  const width = number(el.attrs.get("width"));
  return hpos !== null && width !== null && width > 0
    ? { from: hpos, to: hpos + width }
    : null;
}

/**
 * Where the page's body text is printed, per the ALTO spec's page spaces:
 * the PrintSpace box; else the page between TopMargin and BottomMargin
 * (and LeftMargin/RightMargin); else the whole page (Page WIDTH/HEIGHT);
 * null when the file gives no geometry for any of them.
 */
function textArea(
  spaces: ReadonlyMap<string, BlockBox>,
  width: number | null,
  height: number | null,
): BlockBox | null {
  const print = spaces.get("printspace");
  if (print && print.width > 0 && print.height > 0) return print;
  const top = spaces.get("topmargin");
  const bottom = spaces.get("bottommargin");
  const left = spaces.get("leftmargin");
  const right = spaces.get("rightmargin");
  const pageRight = width ?? (right ? right.hpos + right.width : null);
  const pageBottom = height ?? (bottom ? bottom.vpos + bottom.height : null);
  if (pageRight === null || pageBottom === null) return null;
  const x0 = left ? left.hpos + left.width : 0;
  const y0 = top ? top.vpos + top.height : 0;
  const x1 = right ? right.hpos : pageRight;
  const y1 = bottom ? bottom.vpos : pageBottom;
  return x1 > x0 && y1 > y0
    ? { hpos: x0, vpos: y0, width: x1 - x0, height: y1 - y0 }
    : null;
}

function readGroups(parent: XmlElement): ReadingOrderGroup[] {
  const groups: ReadingOrderGroup[] = [];
  for (const el of parent.children) {
    if (el.name === "orderedgroup" || el.name === "unorderedgroup")
      groups.push(readGroup(el));
  }
  return groups;
}

function readGroup(el: XmlElement): ReadingOrderGroup {
  const items: ReadingOrderItem[] = [];
  for (const child of el.children) {
    if (child.name === "elementref") {
      for (const ref of (child.attrs.get("ref") ?? "").split(/\s+/))
        if (ref) items.push({ ref });
    } else if (
      child.name === "orderedgroup" ||
      child.name === "unorderedgroup"
    ) {
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

function median(values: number[]): number | null {
  return values.length === 0
    ? null
    : values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** HPOS, VPOS, WIDTH and HEIGHT of an element, or null unless all four are numbers. */
function box(el: XmlElement): BlockBox | null {
  const [hpos, vpos, width, height] = ["hpos", "vpos", "width", "height"].map(
    (name) => number(el.attrs.get(name)),
  );
  return hpos != null && vpos != null && width != null && height != null
    ? { hpos, vpos, width, height }
    : null;
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
