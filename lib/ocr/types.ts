// Typed results of the OCR pipeline: parse (text, ALTO, METS) → segment →
// repair. Pure data; nothing here touches the database.

export type BylineRole =
  | "reporter"
  | "correspondent"
  | "photographer"
  | "illustrator"
  | "commentator"
  | "editor"
  | "other";

/** A credit as printed: `■记者 林旭东` → { role: "reporter", label: "记者", names: ["林旭东"] }. */
export interface OcrByline {
  role: BylineRole;
  /** The label as printed (记者, 本报记者, 通讯员, 本报评论员, 文/图 …). */
  label: string;
  /** Empty for institutional bylines such as 本报评论员. */
  names: string[];
}

/** caption: a photo caption (图为…/▲…), kept as its own block so it never reads as body text. */
export type BlockType = "paragraph" | "subhead" | "caption";

export interface OcrBlock {
  type: BlockType;
  text: string;
}

/** A jump marker: (下转2版) is { direction: "to", page: 2 }; (上接1版) is { direction: "from", page: 1 }. */
export interface OcrJump {
  direction: "to" | "from";
  page: number;
  /** The marker exactly as printed, brackets included. */
  marker: string;
}

/** ALTO word confidence, kept for highlighting low-confidence words. */
export interface OcrWord {
  /** Index into the article's blocks (after repairs). */
  block: number;
  /** Character offset of the word in that block's text. */
  offset: number;
  text: string;
  /** ALTO WC: 0–1, 1 = sure. Null when absent. */
  wc: number | null;
  /** ALTO CC: one digit per character, 0 = sure … 9 = unsure. Null when absent. */
  cc: string | null;
  /**
   * Other readings the OCR offered (ALTO <ALTERNATIVE>, duplicate Strings,
   * disagreeing SUBS_CONTENT of a hyphenated word), as suggestions for the
   * correction desk. Absent when there are none.
   */
  alternatives?: string[];
}

export interface OcrArticle {
  /** 引题: line above the headline. */
  kicker: string | null;
  headline: string | null;
  /** 副题: line under the headline, without its leading dash. */
  deck: string | null;
  /** 本报讯, 新华社北京1月2日电 … (removed from the first paragraph). */
  dateline: string | null;
  bylines: OcrByline[];
  blocks: OcrBlock[];
  jumps: OcrJump[];
  /** Rubric (栏目) attached to this article, if the source says so. */
  rubric: string | null;
  /**
   * Stable key shared by the parts of one article that runs over several
   * pages (METS logical div ID). Null for text input.
   */
  key: string | null;
  /** The article's text as segmented, before repairs (blocks joined by blank lines). */
  originalText: string;
  /** Per-word confidences (ALTO only; empty otherwise). */
  words: OcrWord[];
}

export interface OcrPage {
  /** 版次; null when neither the source nor the file name says. */
  number: number | null;
  /**
   * Name of the input file this page was read from (the ALTO file for a
   * METS issue), matching an OcrFile.name; null when unknown.
   */
  file?: string | null;
  furniture: string[];
  rubrics: string[];
  articles: OcrArticle[];
  /**
   * Text blocks a METS issue links to no article and the layout places in
   * none, kept apart for an editor to place (never made a headless
   * article). Absent when there are none.
   */
  unlinked?: OcrUnlinkedBlock[];
}

/** A block of text no article claims (see OcrPage.unlinked). */
export interface OcrUnlinkedBlock {
  /** The ALTO TextBlock ID, null when it has none. */
  id: string | null;
  /** Its lines run together as body text is. */
  text: string;
  /** Key of the METS article read just before it on the page, null when none: where an editor would look first. */
  after: string | null;
  /** HPOS/VPOS/WIDTH/HEIGHT in the ALTO file's units, null without geometry. */
  box: { hpos: number; vpos: number; width: number; height: number } | null;
}

export type RepairKind =
  "column-break" | "punctuation" | "hyphenation" | "whitespace";

export interface OcrRepair {
  kind: RepairKind;
  /** Page number (as in OcrPage.number). */
  page: number | null;
  /** 1-based index of the article on its page. */
  article: number;
  /**
   * 0-based index of the block (after repairs) that the repair produced;
   * -1 when the repair is in the kicker, headline or deck (see `field`).
   */
  block: number;
  /** Set when the repair is outside the body blocks: which header field it changed. */
  field?: "kicker" | "headline" | "deck";
  /** Text as it was, with a little context (e.g. "惟创\n\n新者胜"). */
  original: string;
  /** Text as repaired (e.g. "惟创新者胜"). */
  replacement: string;
}

export interface OcrWarning {
  file: string | null;
  page: number | null;
  message: string;
}

export type OcrFormat = "markdown" | "plain-text" | "alto" | "mets";

/** One input file as read: format and encoding detected, original bytes kept. */
export interface OcrFile {
  name: string;
  bytes: Uint8Array;
  format: OcrFormat;
  /** Detected encoding: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030". */
  encoding: string;
  /** SHA-256 of bytes, hex. */
  checksum: string;
}

/** The result for one input (a page, a METS issue, a directory or a zip). */
export interface OcrDocument {
  files: OcrFile[];
  pages: OcrPage[];
  repairs: OcrRepair[];
  warnings: OcrWarning[];
}

/**
 * A block of source text in reading order, with what the source says it is.
 * Text parsers and ALTO/METS readers both produce these; the segmenter turns
 * them into articles.
 */
export interface SourceBlock {
  /** Lines of the block as printed (hard breaks kept as separate lines). */
  lines: string[];
  hint:
    "heading" | "subhead" | "kicker" | "deck" | "byline" | "body" | "unknown";
  /** Per-word confidences keyed by line/offset, ALTO only. */
  words?: {
    line: number;
    offset: number;
    text: string;
    wc: number | null;
    cc: string | null;
    alternatives?: string[];
  }[];
}

export interface SegmentOptions {
  page: number | null;
  /** Apply automatic repairs (default true). */
  repair: boolean;
}
