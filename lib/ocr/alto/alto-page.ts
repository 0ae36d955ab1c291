// What the ALTO reader produces for one page: text blocks in document order
// and the IDs METS areas and reading orders use to address them.
import type { SourceBlock } from "../types";
import type { BlockBox } from "./alto-block-hints";

export type SourceWord = NonNullable<SourceBlock["words"]>[number];

export interface AltoBlock {
  id: string | null;
  idNext: string | null;
  /** Index in AltoPage.groups of the outermost ComposedBlock holding this block. */
  group: number | null;
  /** In Top/Bottom/Left/RightMargin: running heads and folios, i.e. page furniture. */
  margin: boolean;
  /** One string per TextLine; "" for a line without text (kept so line indexes match IDs). */
  lines: string[];
  /** Words with a confidence, in line order. */
  words: SourceWord[];
  /** What the layout says the block is (see blockHints): heading, kicker, subhead, byline (signature) or unknown. */
  hint: SourceBlock["hint"];
  /** The TextBlock's HPOS/VPOS/WIDTH/HEIGHT, null when not given. */
  box: BlockBox | null;
  /** Mean FONTSIZE (TextStyle via STYLEREFS, in points) of the block's characters; null unless most of them have one. */
  fontSize?: number | null;
  /** Median TextLine HEIGHT (else the block's HEIGHT per line), in the file's MeasurementUnit; null without geometry. */
  lineHeight?: number | null;
}

/** A top-level ComposedBlock: blocks first..last. */
export interface AltoGroup {
  id: string | null;
  idNext: string | null;
  first: number;
  last: number;
}

/** What an ALTO ID points at: blocks first..last, or one line of block `first`. */
export interface AltoRef {
  first: number;
  last: number;
  line: number | null;
}

/** A word split over two lines and joined again; located at its first part. */
export interface AltoHyphenation {
  block: number;
  line: number;
  /** The parts as printed: "Zei-\ntung". */
  original: string;
  replacement: string;
}

export type ReadingOrderItem = { ref: string } | ReadingOrderGroup;
export interface ReadingOrderGroup {
  ordered: boolean;
  items: ReadingOrderItem[];
}

export interface AltoPage {
  file: string;
  blocks: AltoBlock[];
  groups: AltoGroup[];
  ids: Map<string, AltoRef>;
  hyphenations: AltoHyphenation[];
  /** ALTO v4 ReadingOrder; empty when the file has none. */
  readingOrder: ReadingOrderGroup[];
  /** The Page's WIDTH, in the file's MeasurementUnit; null when not given. */
  width: number | null;
  /** The Page's HEIGHT, in the file's MeasurementUnit; null when not given. */
  height?: number | null;
  /** Where body text is printed: the PrintSpace, else the page inside Top/Bottom/Left/RightMargin, else the page; null without geometry. */
  textArea?: BlockBox | null;
  /** The FONTSIZE most body characters are set in (points); null when the file has no TextStyle sizes. */
  bodyFontSize?: number | null;
  /** The page number printed on the page (Page PRINTED_IMG_NR), if it reads as one. */
  printedNumber: number | null;
  /** The scan's sequence number in its batch (Page PHYSICAL_IMG_NR): the page number of one of several files when nothing else gives one. */
  physicalNumber?: number | null;
  warnings: string[];
}
