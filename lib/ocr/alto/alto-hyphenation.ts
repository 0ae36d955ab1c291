// Joins words ALTO prints hyphenated over two lines (or two blocks): a String
// with SUBS_TYPE="HypPart1" and the "HypPart2" that follows it, or a bare HYP
// at a line end between letters (ALTO spec, SUBS_TYPE/SUBS_CONTENT and HYP).
// The whole word goes where its first half was printed, the rest is emptied,
// and each join is recorded as a repair. Tolerant of what producers get
// wrong: duplicate first halves disagreeing on SUBS_CONTENT, a second half
// whose HypPart2 label got lost.
import type { AltoToken } from "./alto-line";
import type { AltoHyphenation } from "./alto-page";
import { otherReadings, wholeAlternative, wholeWord } from "./alto-readings";

interface PendingHyphen {
  token: AltoToken;
  block: number;
  line: number;
  hyphen: AltoToken | null;
  /** SUBS_CONTENT of the first half, one per duplicate reading of it. */
  subs: string[];
  /** A HYP without SUBS_*: join only if the next line starts with a letter. */
  bare: boolean;
}

/** Fed every String and HYP of a page in document order; `joins` are the hyphenations made. */
export class HyphenJoiner {
  readonly joins: AltoHyphenation[] = [];
  private pending: PendingHyphen | null = null;

  /**
   * `repair`: join the halves; without it they stay as printed (and nothing is recorded).
   * `labelled`: the page marks its hyphenated words with SUBS_TYPE (docWorks, the CCS ALTO of
   * Chronicling America, always does). There a HYP without SUBS_* is a hyphen or dash the
   * producer chose not to call a word break (`spoke-` ⏎ `for`): it joins nothing.
   */
  constructor(
    private readonly repair: boolean,
    private readonly labelled = false,
  ) {}

  /** A String on line `line` of block `block`, with its SUBS_TYPE (lower-cased) and SUBS_CONTENT. */
  word(
    token: AltoToken,
    subsType: string | undefined,
    subs: string | null,
    block: number,
    line: number,
  ): void {
    const pending = this.pending;
    this.pending = null;
    if (pending && this.repair) {
      const newLine = pending.block !== block || pending.line !== line;
      const bareJoin =
        pending.bare &&
        newLine &&
        /\p{L}$/u.test(pending.token.text) &&
        /^\p{L}/u.test(token.text);
      // A second half whose HypPart2 label got lost still completes the first half's SUBS_CONTENT.
      const unlabelled =
        newLine &&
        subsType === undefined &&
        pending.subs.includes(pending.token.text + token.text);
      if (subsType === "hyppart2" || bareJoin || unlabelled)
        this.join(pending, token, subs);
    }
    if (subsType === "hyppart1")
      this.pending = {
        token,
        block,
        line,
        hyphen: null,
        subs: subs ? [subs] : [],
        bare: false,
      };
  }

  /** Another reading of `kept` in the same box: its SUBS_CONTENT is one more candidate for the whole word. */
  duplicate(kept: AltoToken, subs: string | undefined): void {
    if (subs && this.pending?.token === kept) this.pending.subs.push(subs);
  }

  /** A HYP; `lastWord` is the line's last String so far, which a HYP without SUBS_* may join to the next line. */
  hyphen(
    hyphen: AltoToken,
    block: number,
    line: number,
    lastWord: AltoToken | null,
  ): void {
    const pending = this.pending;
    if (pending && pending.block === block && pending.line === line) {
      pending.hyphen = hyphen;
      return;
    }
    if (lastWord && !this.labelled)
      this.pending = {
        token: lastWord,
        block,
        line,
        hyphen,
        subs: [],
        bare: true,
      };
  }

  /**
   * Puts the whole word where its first part was printed and empties the
   * rest; the SUBS_CONTENT and alternatives not chosen become the word's
   * alternatives, its confidence the lower of the two.
   */
  private join(
    first: PendingHyphen,
    second: AltoToken,
    subs2: string | null,
  ): void {
    const part1 = first.token.text;
    const part2 = second.text;
    const whole = withPunctuation(
      wholeWord(part1, part2, first.subs, subs2),
      part1,
      part2,
    );
    first.token.alternatives = otherReadings(whole, [
      ...first.subs,
      subs2,
      ...(first.token.alternatives ?? []).map((a) =>
        wholeAlternative(a, part1, (half) => half + part2),
      ),
      ...(second.alternatives ?? []).map((a) =>
        wholeAlternative(a, part2, (half) => part1 + half),
      ),
    ]);
    second.alternatives = null;
    const original = `${part1}${first.hyphen?.text ?? ""}\n${part2}`;
    const cc =
      first.token.cc !== null && second.cc !== null
        ? first.token.cc + second.cc
        : null;
    const wcs = [first.token.wc, second.wc].filter(
      (w): w is number => w !== null,
    );
    first.token.text = whole;
    first.token.cc = cc !== null && cc.length === whole.length ? cc : null;
    first.token.wc = wcs.length > 0 ? Math.min(...wcs) : null;
    if (first.hyphen) first.hyphen.text = "";
    second.text = "";
    this.joins.push({
      block: first.block,
      line: first.line,
      original,
      replacement: whole,
    });
  }
}

/**
 * SUBS_CONTENT names the word alone; punctuation printed on its halves stays
 * (`(Wash-` ⏎ `ington,` with SUBS_CONTENT `Washington` is `(Washington,`).
 */
function withPunctuation(whole: string, part1: string, part2: string): string {
  const lead = /^[^\p{L}\p{N}]+/u.exec(part1)?.[0] ?? "";
  const tail = /[^\p{L}\p{N}]+$/u.exec(part2)?.[0] ?? "";
  return `${lead && !whole.startsWith(lead) ? lead : ""}${whole}${tail && !whole.endsWith(tail) ? tail : ""}`;
}
