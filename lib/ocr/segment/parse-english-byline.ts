// Bylines as English-language papers print them: By Jane Doe, BY JANE DOE,
// Staff Writer, By Jane Doe and John Smith, Photos by Ann Lee, Story and
// photos by Tom Hill / The Herald. The label is the printed "By" (with what
// comes before it), plus the role line when there is one; names are kept as
// printed. A sentence that merely starts with "By" (By Monday, the council…)
// is not a byline: every name must look like one. Other Latin-script papers
// print the same shape with their own word: Par (French), Von (German), Door
// (Dutch), Di/Da (Italian), Por (Spanish, Portuguese), Av/Af (Nordic).

import type { BylineRole, OcrByline } from "../types";

const BY =
  /^(?:((?:story|text|words|report|reporting|photos?|pictures?|photography|images?|illustrations?|graphics?|cartoon)(?:\s+(?:and|&)\s+(?:photos?|pictures?|text|words|graphics?))?)\s+)?(by|par|von|door|di|da|por|av|af)\b\s*:?\s*(.*)$/i;
/** What a role line or trailing role says (Staff Writer, Special to the Herald, The Associated Press). */
const ROLE_WORDS =
  /\b(?:staff|writer|reporter|correspondent|photographer|editor|columnist|contributor|contributing|special to|for the|bureau|press|news service|wire)\b/i;
/** One word of a name: Jane, DOE, O'Brien, Jean-Luc, J., McDonald, Zoë. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
/** Lower-case particles inside a name: Ludwig van Beethoven, Maria de la Cruz. */
const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "del",
  "bin",
  "ibn",
  "al",
  "y",
]);
const NAME_SEPARATOR = /\s*(?:,|\band\b|&)\s*/i;

function isEnglishName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== "");
  if (words.length < 2 || words.length > 5) return false;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  return (
    NAME_WORD.test(first) &&
    NAME_WORD.test(last) &&
    words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word))
  );
}

function roleOf(prefix: string, roleText: string): BylineRole {
  const said = `${prefix} ${roleText}`;
  if (/^(?:photo|picture|image)/i.test(prefix) || /photograph/i.test(roleText))
    return "photographer";
  if (/^(?:illustration|graphic|cartoon)/i.test(prefix)) return "illustrator";
  if (/columnist/i.test(said)) return "commentator";
  if (/editor/i.test(roleText)) return "editor";
  if (/correspondent|special to|for the|contribut/i.test(roleText))
    return "correspondent";
  return "reporter";
}

/**
 * Reads `By NAME[, NAME and NAME][, ROLE]` over one or more lines (a role
 * line such as `Staff Writer` may follow). Returns one credit, or null when
 * the lines are not an English byline.
 */
export function parseEnglishByline(
  lines: readonly string[],
): OcrByline[] | null {
  const first = (lines[0] ?? "").trim();
  const by = BY.exec(first);
  if (!by || lines.length > 3) return null;
  const prefix = by[1] ?? "";
  const label = prefix === "" ? (by[2] ?? "") : `${prefix} ${by[2] ?? ""}`;
  const pieces = (by[3] ?? "")
    .replace(/[.;]$/, "")
    .split(/\s*[/|—–]\s*|\s+-\s+/)
    .flatMap((piece) => piece.split(NAME_SEPARATOR))
    .filter((piece) => piece !== "");
  const names: string[] = [];
  const roles: string[] = [];
  for (const piece of pieces) {
    if (roles.length === 0 && isEnglishName(piece) && !ROLE_WORDS.test(piece))
      names.push(piece);
    else if (names.length > 0 && ROLE_WORDS.test(piece)) roles.push(piece);
    else return null;
  }
  for (const line of lines.slice(1)) {
    const role = line.trim();
    if (!ROLE_WORDS.test(role) || /[.!?]$/.test(role)) return null;
    roles.push(role);
  }
  if (names.length === 0) return null;
  const roleText = roles.join(", ");
  return [
    {
      role: roleOf(prefix, roleText),
      label: roleText === "" ? label : `${label} ${roleText}`,
      names,
    },
  ];
}
