// The attributes of one XML element as parse-xml builds them: a flat
// [name, value, name, value …] list rather than a Map per element (a third of
// the memory, at hundreds of thousands of ALTO Strings a page), with repeated
// names found in linear time however many attributes an element has.

/** Attributes by lower-cased local name. Elements have a handful, so a scan is as quick as hashing. */
export class XmlAttributes {
  constructor(private readonly pairs: readonly string[]) {}

  get(name: string): string | undefined {
    const { pairs } = this;
    for (let i = 0; i < pairs.length; i += 2)
      if (pairs[i] === name) return pairs[i + 1];
    return undefined;
  }
}

/** Shared by every element without attributes (most ALTO SP elements, METS divs …). */
const NO_ATTRIBUTES = new XmlAttributes(Object.freeze([]));
Object.freeze(NO_ATTRIBUTES);
/** Up to this many pairs, finding a name by a scan is quicker than keeping a Map. */
const SCANNED_PAIRS = 32;
/** Short values (coordinates, confidences, CJK words) repeat by the thousand: keep one string of each. */
const INTERNED_LENGTH = 8;
const MAX_INTERNED = 50_000;

/** Collects the attributes of one element at a time; one per file, reused for every element. */
export class AttributeCollector {
  private readonly pairs: string[] = [];
  /** The qualified name of each pair. */
  private readonly qnames: string[] = [];
  /** Local name → index in `pairs`, built once an element has many attributes. */
  private readonly index = new Map<string, number>();
  /** Qualified names not in `qnames` (xmlns declarations, prefixed names an unprefixed one beat). */
  private readonly others = new Set<string>();
  private readonly values = new Map<string, string>();

  start(): void {
    this.pairs.length = 0;
    this.qnames.length = 0;
    if (this.index.size > 0) this.index.clear();
    if (this.others.size > 0) this.others.clear();
  }

  /**
   * Adds one attribute; `local` is null for a namespace declaration, which is
   * not kept. Returns false when `qname` is already on the element.
   */
  add(qname: string, local: string | null, value: string): boolean {
    const { pairs, qnames, others } = this;
    if (local === null) {
      if (others.has(qname)) return false;
      others.add(qname);
      return true;
    }
    const at = this.find(local);
    if (at === -1) {
      if (this.index.size > 0) this.index.set(local, pairs.length);
      pairs.push(
        local,
        value.length <= INTERNED_LENGTH ? this.intern(value) : value,
      );
      qnames.push(qname);
      return true;
    }
    const stored = qnames[at / 2]!;
    if (stored === qname || others.has(qname)) return false;
    // An unprefixed attribute wins over a prefixed one with the same local name.
    if (qname.includes(":")) {
      others.add(qname);
      return true;
    }
    others.add(stored);
    qnames[at / 2] = qname;
    pairs[at + 1] = value;
    return true;
  }

  finish(): XmlAttributes {
    return this.pairs.length > 0
      ? new XmlAttributes(this.pairs.slice())
      : NO_ATTRIBUTES;
  }

  private find(local: string): number {
    const { pairs, index } = this;
    if (pairs.length <= SCANNED_PAIRS) {
      for (let i = 0; i < pairs.length; i += 2)
        if (pairs[i] === local) return i;
      return -1;
    }
    if (index.size === 0)
      for (let i = 0; i < pairs.length; i += 2) index.set(pairs[i]!, i);
    return index.get(local) ?? -1;
  }

  private intern(value: string): string {
    const known = this.values.get(value);
    if (known !== undefined) return known;
    if (this.values.size < MAX_INTERNED) this.values.set(value, value);
    return value;
  }
}
