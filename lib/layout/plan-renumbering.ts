// Renumbering a page (版次) moves it in the sequence: 2版 → 3版 makes the old
// 3版 the new 2版, as when an editor reorders the pages of a plan. Pure: the
// new number of every page that changes.
import { ValidationError } from "@/lib/errors";

/** The highest page number Folio accepts (a daily rarely prints 100 pages). */
export const MAX_PAGE_NUMBER = 999;

export const pageNumberInvalid = () =>
  new ValidationError(
    `A page number is a whole number from 1 to ${MAX_PAGE_NUMBER}.`,
    `版次须为 1 到 ${MAX_PAGE_NUMBER} 的整数。`,
  );

/**
 * New numbers after page `pageId` takes number `to`: when `to` is free the
 * page just takes it; otherwise the pages from `to` up to the page's old
 * number move one step towards the gap it leaves (2→3: 3 becomes 2; 4→1:
 * 1, 2, 3 become 2, 3, 4). Pages outside that run keep their numbers.
 * Returns old → new page number for every page that changes (empty when
 * nothing does). ValidationError for an unknown page or a number out of range.
 */
export function planRenumbering(
  pages: readonly { id: string; number: number }[],
  pageId: string,
  to: number,
): Map<number, number> {
  if (!Number.isInteger(to) || to < 1 || to > MAX_PAGE_NUMBER)
    throw pageNumberInvalid();
  const page = pages.find((p) => p.id === pageId);
  if (!page)
    throw new ValidationError(
      "This page is not in the issue.",
      "本期没有这个版面。",
    );
  const from = page.number;
  const changes = new Map<number, number>();
  if (from === to) return changes;
  changes.set(from, to);
  if (!pages.some((p) => p.number === to)) return changes;
  const [low, high, step] = to > from ? [from + 1, to, -1] : [to, from - 1, 1];
  for (const p of pages)
    if (p.number >= low && p.number <= high)
      changes.set(p.number, p.number + step);
  return changes;
}
