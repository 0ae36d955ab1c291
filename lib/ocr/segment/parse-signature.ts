// A signature: the author's name printed on a line of its own at the foot of
// an item, as European papers sign them (Jeanne MARTIN., J. DUPONT, Pierre
// Martin et Paul Durand). Only read where the layout says a byline stands
// (an ALTO block hinted "byline", a METS signature area): on its own, a short
// capitalised line could be anything.
import type { OcrByline } from "../types";

/** Name particles written in lower case inside a name (Charles de Gaulle, Ludwig van Beethoven). */
const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "d'",
  "van",
  "von",
  "der",
  "den",
  "ten",
  "ter",
  "di",
  "da",
  "dos",
  "del",
  "zu",
  "af",
]);
/** Between two signed names: Pierre MARTIN et Paul DURAND; A. Smith and B. Jones. */
const NAME_SEPARATOR = /\s*,\s*|\s+(?:et|and|und|en|e|y|&)\s+/i;
const MAX_SIGNATURE_CHARS = 48;
const MAX_NAME_WORDS = 5;

/**
 * The names of a one-line signature, as a reporter byline without a label:
 * "Jeanne MARTIN." → [{ role: "reporter", label: "", names: ["Jeanne MARTIN"] }].
 * Null when the line is not made of capitalised names, initials and particles.
 */
export function parseSignature(lines: readonly string[]): OcrByline[] | null {
  if (lines.length !== 1) return null;
  const line = (lines[0] ?? "").trim().replace(/\.$/, "");
  if (line.length < 2 || line.length > MAX_SIGNATURE_CHARS) return null;
  const names = line.split(NAME_SEPARATOR);
  if (!names.every(isName)) return null;
  return [{ role: "reporter", label: "", names }];
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  let surname = false;
  for (const [i, word] of words.entries()) {
    if (i > 0 && PARTICLES.has(word.toLowerCase())) continue;
    if (/^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(word)) continue; // J., J.-P.
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return false;
    surname = true;
  }
  return surname;
}
