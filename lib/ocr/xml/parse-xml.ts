// Reads ALTO and METS into a light element tree with saxes, a strict,
// well-kept XML 1.0 tokenizer (the one jsdom uses), and reports problems as
// ImportErrors with a line number in English and Chinese.
//
// Hostile input: saxes never reads a DTD's declarations, so no entity is ever
// fetched or expanded; only the five predefined entities and character
// references are understood. A DOCTYPE declaring entities is refused outright
// (XXE, billion laughs) so users get a plain reason. Elements, nesting depth
// and attributes per element are counted as saxes reports them (INPUT_LIMITS),
// so a hostile file stops at the limit instead of being read to the end.
import {
  type SaxesAttributePlain,
  SaxesParser,
  type SaxesTagPlain,
} from "saxes";

import { ImportError } from "../import-error";
import { INPUT_LIMITS } from "../input/input-limits";
import { AttributeCollector, type XmlAttributes } from "./parse-xml-attributes";

export type { XmlAttributes } from "./parse-xml-attributes";

export interface XmlElement {
  /** Local name, lower-cased: "textblock" for <alto:TextBlock> or <TEXTBLOCK>. */
  name: string;
  /** Attributes by lower-cased local name ("href" for xlink:href), entities decoded. No xmlns declarations. */
  attrs: XmlAttributes;
  children: XmlElement[];
  /** Non-blank character data directly inside the element (CDATA included), "" if none. */
  text: string;
}

const MAX_DEPTH = 256;
/** Shared by all empty elements (most ALTO elements): never pushed to. */
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];
/** Distinct tag and attribute names remembered; real files have a few dozen, a hostile one millions. */
const MAX_CACHED_NAMES = 10_000;

/**
 * Parses `xml` (already decoded to a string) into its root element.
 *
 * Names are matched without namespaces: prefixes are dropped and names
 * lower-cased, which covers every ALTO version (1.x without a namespace to
 * 4.x) and METS/MODS/XLink however a producer prefixes them.
 *
 * Throws an ImportError naming `file`: "xml-entity" for a DOCTYPE that
 * declares entities, "xml-truncated" for a file that ends inside the
 * document, "xml-malformed" for anything else XML 1.0 forbids, "too-large"
 * past INPUT_LIMITS.maxXmlElements elements or maxXmlAttributes on one element.
 */
export function parseXml(file: string, xml: string): XmlElement {
  return new TreeBuilder(file, xml).run();
}

class TreeBuilder {
  /** Without namespace processing: names are matched by local name (see parseXml), and it is faster. */
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  private readonly stack: XmlElement[] = [];
  private readonly qnames: string[] = [];
  private root: XmlElement | null = null;
  private elements = 0;
  /** Attributes read since the last start tag ended: those of the tag being read. */
  private attributes = 0;
  /** The qualified name of the element closed last, for a mismatched end tag. */
  private closed = "";
  private ending = false;
  private readonly attrs = new AttributeCollector();
  /** Qualified name → lower-cased local name; tag and attribute names repeat thousands of times. */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly xml: string,
  ) {}

  run(): XmlElement {
    const { parser } = this;
    parser.on("doctype", (doctype) => this.doctype(doctype));
    parser.on("attribute", (attr) => this.attribute(attr));
    parser.on("opentag", (tag) => this.openTag(tag));
    parser.on("closetag", (tag) => this.closeTag(tag));
    parser.on("text", (text) => this.text(text));
    parser.on("cdata", (cdata) => this.text(cdata));
    parser.on("error", (e) => this.fail(e.message));
    parser.write(this.xml);
    this.ending = true;
    parser.close();
    if (!this.root)
      return this.malformed(this.xml.length, "no root element", "没有根元素");
    return this.root;
  }

  private doctype(doctype: string): void {
    if (!/<!ENTITY/i.test(doctype)) return;
    throw new ImportError(
      "xml-entity",
      this.file,
      "the XML declares entities (<!ENTITY …>), which Folio refuses to read for security reasons (XXE, entity expansion)",
      "XML 文件声明了实体（<!ENTITY …>），出于安全原因拒绝读取（外部实体、实体膨胀攻击）",
    );
  }

  // Only the handlers the tree needs are set (no "opentagstart"): each one
  // more costs saxes a good share of its speed on attribute-heavy ALTO.
  private attribute({ name, value }: SaxesAttributePlain): void {
    if (++this.attributes > INPUT_LIMITS.maxXmlAttributes)
      this.tooManyAttributes();
    const local =
      name === "xmlns" || name.startsWith("xmlns:")
        ? null
        : this.localName(name);
    if (!this.attrs.add(name, local, value)) {
      const tag = this.openingTag();
      this.malformed(
        this.parser.position,
        `attribute ${name} is repeated in <${tag}>`,
        `<${tag}> 的属性 ${name} 重复`,
      );
    }
  }

  private openTag(tag: SaxesTagPlain): void {
    if (++this.elements > INPUT_LIMITS.maxXmlElements) this.tooManyElements();
    this.attributes = 0;
    const el: XmlElement = {
      name: this.localName(tag.name),
      attrs: this.attrs.finish(),
      children: tag.isSelfClosing ? NO_CHILDREN : [],
      text: "",
    };
    this.attrs.start();
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(el);
    else if (this.root)
      this.malformed(
        this.parser.position,
        "more than one root element",
        "有多个根元素",
      );
    else this.root = el;
    if (tag.isSelfClosing) return;
    if (this.stack.length >= MAX_DEPTH)
      this.malformed(
        this.parser.position,
        "elements are nested too deeply",
        "元素嵌套层数过多",
      );
    this.stack.push(el);
    this.qnames.push(tag.name);
  }

  private closeTag(tag: SaxesTagPlain): void {
    if (tag.isSelfClosing) return;
    this.stack.pop();
    this.closed = this.qnames.pop() ?? "";
  }

  private text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || isBlank(text)) return;
    top.text += text;
  }

  private localName(qname: string): string {
    let local = this.names.get(qname);
    if (local === undefined) {
      const colon = qname.indexOf(":");
      local = (colon === -1 ? qname : qname.slice(colon + 1)).toLowerCase();
      if (this.names.size < MAX_CACHED_NAMES) this.names.set(qname, local);
    }
    return local;
  }

  /** Turns a saxes error into an ImportError the user can act on. */
  private fail(message: string): never {
    const { xml } = this;
    const at = Math.min(this.parser.position, xml.length);
    if (this.ending) {
      // saxes reads from "&" to the next ";" as an entity name: a stray "&" swallows the rest.
      const amp = xml.lastIndexOf("&");
      if (amp !== -1 && xml.indexOf(";", amp) === -1)
        return this.malformed(amp, ...AMPERSAND);
      // Ending inside the document (an open element, comment, tag …) is a cut-off file.
      const noRoot = message === "document must contain a root element.";
      if (!noRoot || xml.lastIndexOf("<") > xml.lastIndexOf(">"))
        this.truncated();
      return this.malformed(at, "no root element", "没有根元素");
    }
    const before = xml.slice(Math.max(0, at - 300), at);
    const detail = describe(message, before, this.openingTag());
    // An entity is reported where its "&" stands, not at the ";" saxes stopped at.
    if (detail)
      return this.malformed(
        message.includes("entity") ? xml.lastIndexOf("&", at) : at,
        detail[0],
        detail[1],
      );
    if (message === "unexpected close tag.") {
      const found = /<\/\s*([^\s>]*)\s*>$/.exec(before)?.[1] ?? "?";
      return this.malformed(
        at,
        `expected </${this.closed}> but found </${found}>`,
        `应为 </${this.closed}>，却是 </${found}>`,
      );
    }
    if (message === "inappropriately located doctype declaration.") {
      if (this.root)
        this.malformed(
          at,
          "DOCTYPE after the root element",
          "DOCTYPE 出现在根元素之后",
        );
      return this.malformed(at, "more than one DOCTYPE", "有多个 DOCTYPE");
    }
    const plain = message.replace(/\.$/, "");
    return this.malformed(at, plain, plain);
  }

  /** The qualified name of the start tag saxes is in (or last read), from the source: only on the error path. */
  private openingTag(at = this.parser.position): string {
    const lt = this.xml.lastIndexOf("<", at - 1);
    return /^<([^\s/>]*)/.exec(this.xml.slice(lt, lt + 200))?.[1] ?? "?";
  }

  private truncated(): never {
    const line = lineAt(this.xml, this.xml.length);
    throw new ImportError(
      "xml-truncated",
      this.file,
      `the XML is truncated (line ${line})`,
      `XML 文件不完整（第 ${line} 行）`,
    );
  }

  private tooManyElements(): never {
    const max = INPUT_LIMITS.maxXmlElements.toLocaleString("en-US");
    const line = this.parser.line;
    throw new ImportError(
      "too-large",
      this.file,
      `the XML has more than ${max} elements (line ${line}); that is the limit for one file`,
      `XML 文件的元素超过 ${max} 个（第 ${line} 行），超出单个文件的上限`,
    );
  }

  private tooManyAttributes(): never {
    const max = INPUT_LIMITS.maxXmlAttributes.toLocaleString("en-US");
    // Attribute values cannot hold "<": the last one before here opens the tag.
    const lt = this.xml.lastIndexOf("<", this.parser.position);
    const tag = this.openingTag(lt + 1);
    const line = lineAt(this.xml, lt);
    throw new ImportError(
      "too-large",
      this.file,
      `too many attributes on <${tag}> (line ${line}); the limit is ${max}`,
      `<${tag}> 的属性过多（第 ${line} 行），上限为 ${max} 个`,
    );
  }

  private malformed(offset: number, en: string, zh: string): never {
    const line = lineAt(this.xml, offset);
    throw new ImportError(
      "xml-malformed",
      this.file,
      `the XML is malformed (line ${line}): ${en}`,
      `XML 格式错误（第 ${line} 行）：${zh}`,
    );
  }
}

/**
 * English and Chinese wording for saxes' messages that name no tag pair;
 * `before` is the text just before where saxes stopped, `tag` the element
 * being opened. Null for the two that need the tree (end tags, DOCTYPE).
 */
function describe(
  message: string,
  before: string,
  tag: string,
): [string, string] | null {
  const last = before.charAt(before.length - 1);
  const attribute =
    /([^\s<>="']+)\s*=\s*(?:["'][^"']*)?.?$/.exec(before)?.[1] ?? "?";
  const duplicate = /^duplicate attribute: (.+)\.$/.exec(message);
  if (duplicate)
    return [
      `attribute ${duplicate[1]} is repeated in <${tag}>`,
      `<${tag}> 的属性 ${duplicate[1]} 重复`,
    ];
  const unmatched = /^unmatched closing tag: (.+)\.$/.exec(message);
  if (unmatched)
    return [
      `unexpected </${unmatched[1]}>`,
      `多余的结束标签 </${unmatched[1]}>`,
    ];
  switch (message) {
    case "undefined entity.":
    case "malformed character entity.": {
      const ref = /&([^&;\s<]{1,40});$/.exec(before)?.[1] ?? "";
      return [`unknown entity &${ref};`, `未知的实体 &${ref};`];
    }
    case "disallowed character in entity name.":
    case "empty entity name.":
      return AMPERSAND;
    case "unquoted attribute value.":
      return [
        `the value of attribute ${attribute} must be quoted`,
        `属性 ${attribute} 的值必须加引号`,
      ];
    case "attribute without value.":
      return [
        `attribute ${attribute} of <${tag}> has no value`,
        `<${tag}> 的属性 ${attribute} 没有值`,
      ];
    case "documents may contain only one root.":
      return ["more than one root element", "有多个根元素"];
    case "text data outside of root node.":
      return ["text outside the root element", "根元素之外有文字"];
    case "forward-slash in opening tag not followed by >.":
      return [`unexpected “/” in <${tag}>`, `<${tag}> 中有意外的“/”`];
    case "no whitespace between attributes.":
      return [
        `attributes of <${tag}> must be separated by spaces`,
        `<${tag}> 的属性之间必须有空格`,
      ];
    case "disallowed character in attribute name.":
    case "disallowed character in tag name.":
    case "disallowed character in tag name":
    case "disallowed character in closing tag.":
      return [`unexpected “${last}” in a tag`, `标签中有意外的字符“${last}”`];
    case "disallowed character.": {
      if (last === "<" && /=\s*["'][^"'<>]*<$/.test(before)) {
        return [
          `“<” is not allowed in attribute ${attribute}`,
          `属性 ${attribute} 的值中不能有“<”`,
        ];
      }
      const code = `U+${(before.codePointAt(before.length - 1) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
      return [
        `a character XML does not allow (${code})`,
        `XML 不允许的字符（${code}）`,
      ];
    }
  }
  return null;
}

const AMPERSAND: [string, string] = [
  "“&” must start an entity such as &amp;",
  "“&”必须写成实体，例如 &amp;",
];

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 0xfeff)
      return false;
  }
  return true;
}

/** 1-based line of a character offset; computed only when reporting an error. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  // A final newline does not start a line anyone can see.
  if (offset >= text.length && text.endsWith("\n")) line--;
  return Math.max(1, line);
}
