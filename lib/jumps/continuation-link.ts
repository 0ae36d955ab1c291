// What makes a jump (转版) a valid link from a part to its continuation, for
// the importer pairing parts by their printed markers and for an editor
// linking them on the board. Pure: callers read the parts, these rules say
// whether the parts may be linked.

/** A part (Placement) at one end of a link. */
export interface LinkEnd {
  issueId: string;
  pageId: string;
  articleId: string;
  /** 1-based number of the part within its article. */
  part: number;
}

/**
 * A rule a link breaks: "not-in-issue", an end is not in the issue being
 * laid out; "same-page", a jump goes to another page; "out-of-order", two
 * parts of one article continue only in their order (part n to part n+1);
 * "origin-continues", the origin already continues elsewhere (one
 * continuation per origin); "continuation-has-origin", a jump already
 * arrives at the continuation (one origin per continuation).
 */
export type LinkProblem =
  | "not-in-issue"
  | "same-page"
  | "out-of-order"
  | "origin-continues"
  | "continuation-has-origin";

/**
 * The first rule, in the order of LinkProblem, that a link from `from` to
 * `to` in issue `issueId` breaks; null when it may be made. `from.continues`:
 * a jump leaves it for a continuation already (an open jump, still waiting
 * for one, does not count); `to.hasOrigin`: a jump already arrives at it.
 */
export function linkProblem(
  issueId: string,
  from: LinkEnd & { continues: boolean },
  to: LinkEnd & { hasOrigin: boolean },
): LinkProblem | null {
  if (from.issueId !== issueId || to.issueId !== issueId) return "not-in-issue";
  if (from.pageId === to.pageId) return "same-page";
  if (from.articleId === to.articleId && to.part !== from.part + 1)
    return "out-of-order";
  if (from.continues) return "origin-continues";
  if (to.hasOrigin) return "continuation-has-origin";
  return null;
}

/**
 * Whether the printed markers pair a jump with a continuation: the jump
 * leaves page `jump.fromPage` naming page `jump.toPage` (下转N版), and the
 * continuation stands on that page naming the jump's page (上接M版). Page
 * numbers as printed; a continuation naming no page (null) pairs with none.
 */
export function markersPair(
  jump: { fromPage: number; toPage: number },
  continuation: { page: number; fromPage: number | null },
): boolean {
  return (
    jump.toPage === continuation.page && jump.fromPage === continuation.fromPage
  );
}

/**
 * Whether a part is where its story starts: its article's first part, and
 * printing no 上接 (a first part that names a page it continues from is a
 * continuation whose origin was not found). Every other part is a
 * continuation, which needs an origin and prints no byline of its own.
 */
export function startsStory(part: {
  part: number;
  continuesFromPage: number | null;
}): boolean {
  return part.part === 1 && part.continuesFromPage === null;
}
