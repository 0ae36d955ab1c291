// The readings an ALTO String offers besides its CONTENT, and how the ALTO
// reader settles on one: <ALTERNATIVE> children, a second String OCR'd in the
// same box (some engines write every candidate), and the SUBS_CONTENT of both
// halves of a hyphenated word, which need not agree. What is not chosen is
// kept for the correction desk (OcrWord.alternatives).
import type { XmlElement } from "../xml/parse-xml";

/** The texts of a String's <ALTERNATIVE> children (ALTO 2.0+), in order; [] for most Strings. */
export function stringAlternatives(el: XmlElement): string[] {
  if (el.children.length === 0) return [];
  const out: string[] = [];
  for (const child of el.children) {
    const text = child.name === "alternative" ? child.text.trim() : "";
    if (text !== "") out.push(text);
  }
  return out;
}

const BOX = ["hpos", "vpos", "width", "height"] as const;

/**
 * Whether two Strings are two readings of one printed word: the same box
 * (HPOS, VPOS, WIDTH and HEIGHT equal, a real size given) and texts alike
 * (lengths within two, half the letters in place). Converters that give
 * every word its line's box, or no box, never make two words one.
 */
export function sameBox(a: XmlElement, b: XmlElement): boolean {
  if (a.attrs.get("hpos") === undefined || a.attrs.get("vpos") === undefined)
    return false;
  if (!(Number(a.attrs.get("width")) > 0 && Number(a.attrs.get("height")) > 0))
    return false;
  return (
    BOX.every((name) => a.attrs.get(name) === b.attrs.get(name)) &&
    alike(a.attrs.get("content") ?? "", b.attrs.get("content") ?? "")
  );
}

function alike(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++)
    if (a.charAt(i).toLowerCase() === b.charAt(i).toLowerCase()) same++;
  return same * 2 >= n;
}

/**
 * The whole word of a hyphenated pair: the first half's SUBS_CONTENT (one per
 * duplicate reading) that the second half's agrees with, else the one that
 * the printed halves spell, else the first given, else the halves joined.
 */
export function wholeWord(
  part1: string,
  part2: string,
  subs1: readonly string[],
  subs2: string | null,
): string {
  const spelled = part1 + part2;
  if (subs2 !== null && subs1.includes(subs2)) return subs2;
  return (
    subs1.find((s) => s === spelled) ??
    (subs2 === spelled ? subs2 : null) ??
    subs1[0] ??
    subs2 ??
    spelled
  );
}

/**
 * An alternative reading of one half of a hyphenated word, as a reading of
 * the whole: taken as it is when it is already longer than the half (some
 * producers give whole words), else completed with the other half.
 */
export function wholeAlternative(
  alternative: string,
  half: string,
  complete: (half: string) => string,
): string {
  return alternative.length > half.length + 1
    ? alternative
    : complete(alternative);
}

/** The distinct readings other than `chosen`, or null when there are none. */
export function otherReadings(
  chosen: string,
  readings: readonly (string | null)[],
): string[] | null {
  const out: string[] = [];
  for (const reading of readings) {
    if (reading && reading !== chosen && !out.includes(reading))
      out.push(reading);
  }
  return out.length > 0 ? out : null;
}
