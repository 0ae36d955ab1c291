// How an article is named where editors pick or read it (board cards,
// dialogs, announcements): its headline, or for an untitled one — a split
// half before it gets a headline — （无标题） and its first words, so the two
// halves of a split can be told apart.

/** Characters of the body kept to name an untitled article. */
export const OPENING_CHARS = 10;

/**
 * The first words of `text` for naming an untitled article: whitespace folded, at most
 * OPENING_CHARS characters (code points) followed by "…" when cut; null for empty text.
 */
export function openingWords(text: string): string | null {
  const folded = text.replace(/\s+/gu, " ").trim();
  if (!folded) return null;
  const chars = [...folded];
  return chars.length > OPENING_CHARS
    ? `${chars.slice(0, OPENING_CHARS).join("")}…`
    : folded;
}

/**
 * The name shown for an article: the headline when it has one, else `untitled` (the UI's
 * （无标题）) followed by its opening words, e.g. （无标题）城市建设稳步推进…; `untitled` alone
 * when the body is empty too.
 */
export function articleName(
  headline: string,
  opening: string | null | undefined,
  untitled: string,
): string {
  if (headline.trim()) return headline;
  return opening ? `${untitled}${opening}` : untitled;
}
