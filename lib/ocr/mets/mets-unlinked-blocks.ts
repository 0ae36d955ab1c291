// Text blocks a METS issue's logical structMap links to no article. Some
// producers leave many such blocks (a paragraph, a column's tail) inside
// articles they do link; each used to become an extra headless article.
// Where the layout says whose a block is, it joins that article: it stands
// between two blocks of one article in reading order, or directly under an
// article's block in the same column, or inside the area an article's blocks
// cover. What nothing places is left for an editor (OcrPage.unlinked).
import type { AltoPage } from "../alto/alto-page";
import type { BlockPart } from "../alto/alto-source-blocks";

/** Gap, in body lines, under an article's block within which a block below still continues it. */
const MAX_GAP_LINES = 2;
/** Share of the narrower block's width two blocks must overlap across to be in one column. */
const MIN_COLUMN_OVERLAP = 0.5;

/**
 * Adds to `articles` (each the block parts of one METS article on this page,
 * in reading order) the blocks of `candidates` the layout places in them,
 * each right after the part it follows; returns the blocks placed. `order`
 * is the page's reading order, flows concatenated. Headings are never
 * placed (a heading under an article starts something else). Mutates
 * `articles`.
 */
export function attachUnlinkedBlocks(
  alto: AltoPage,
  articles: BlockPart[][],
  candidates: ReadonlySet<number>,
  order: readonly number[],
): Set<number> {
  const owner = new Map<number, number>();
  articles.forEach((parts, a) =>
    parts.forEach((part) => owner.set(part.block, a)),
  );
  const placed = new Set<number>();
  const placeable = (b: number) =>
    candidates.has(b) &&
    alto.blocks[b]!.hint !== "heading" &&
    alto.blocks[b]!.hint !== "kicker";

  // Between two blocks of one article in reading order (other unlinked blocks aside).
  let lastOwned: number | null = null;
  let between: number[] = [];
  for (const b of order) {
    const a = owner.get(b);
    if (a === undefined) {
      // A heading in between starts something else; furniture (a running head between columns) says nothing.
      if (lastOwned !== null && placeable(b)) between.push(b);
      else if (candidates.has(b)) {
        between = [];
        lastOwned = null;
      }
      continue;
    }
    if (lastOwned !== null && owner.get(lastOwned) === a && between.length > 0)
      insertAfter(alto, articles[a]!, lastOwned, between, owner, a, placed);
    lastOwned = b;
    between = [];
  }

  // Directly under an article's block in its column, or inside the area its blocks cover; top to bottom so a run follows on.
  const rest = [...candidates].filter(
    (b) => placeable(b) && !placed.has(b) && alto.blocks[b]!.box !== null,
  );
  rest.sort((x, y) => alto.blocks[x]!.box!.vpos - alto.blocks[y]!.box!.vpos);
  for (const b of rest) {
    const above = blockAbove(alto, b, owner);
    if (above !== null) {
      const a = owner.get(above)!;
      insertAfter(alto, articles[a]!, above, [b], owner, a, placed);
      continue;
    }
    const a = articleAround(alto, b, articles);
    if (a !== null) {
      const box = alto.blocks[b]!.box!;
      const before = articles[a]!.filter(
        (p) => (alto.blocks[p.block]!.box?.vpos ?? Infinity) < box.vpos,
      ).map((p) => p.block);
      insertAfter(
        alto,
        articles[a]!,
        before[before.length - 1] ?? null,
        [b],
        owner,
        a,
        placed,
      );
    }
  }
  return placed;
}

function insertAfter(
  alto: AltoPage,
  parts: BlockPart[],
  after: number | null,
  blocks: readonly number[],
  owner: Map<number, number>,
  a: number,
  placed: Set<number>,
): void {
  let at = 0;
  if (after !== null)
    for (let k = 0; k < parts.length; k++)
      if (parts[k]!.block === after) at = k + 1;
  const added = blocks.map((block) => ({
    block,
    from: 0,
    to: Math.max(0, alto.blocks[block]!.lines.length - 1),
    hint: null,
  }));
  parts.splice(at, 0, ...added);
  for (const block of blocks) {
    owner.set(block, a);
    placed.add(block);
  }
}

/** The article block right above `b` in its column, with no other block between and at most a couple of lines' gap. */
function blockAbove(
  alto: AltoPage,
  b: number,
  owner: ReadonlyMap<number, number>,
): number | null {
  const box = alto.blocks[b]!.box!;
  let best: number | null = null;
  let bestBottom = -Infinity;
  alto.blocks.forEach((other, o) => {
    const ob = other.box;
    if (
      o === b ||
      !ob ||
      other.margin ||
      !other.lines.some((l) => l.trim() !== "")
    )
      return;
    const bottom = ob.vpos + ob.height;
    if (
      bottom > box.vpos + lineOf(alto, b) / 2 ||
      !sameColumn(box, ob) ||
      bottom <= bestBottom
    )
      return;
    best = o;
    bestBottom = bottom;
  });
  if (best === null || !owner.has(best)) return null;
  return box.vpos - bestBottom <=
    MAX_GAP_LINES * Math.max(lineOf(alto, b), lineOf(alto, best))
    ? best
    : null;
}

/** The one article whose blocks in `b`'s column reach both above and below it. */
function articleAround(
  alto: AltoPage,
  b: number,
  articles: readonly BlockPart[][],
): number | null {
  const box = alto.blocks[b]!.box!;
  const found = articles.flatMap((parts, a) => {
    const column = parts
      .map((p) => alto.blocks[p.block]!.box)
      .filter((x) => x !== null && sameColumn(box, x));
    const above = column.some((x) => x!.vpos + x!.height <= box.vpos + 1);
    const below = column.some((x) => x!.vpos >= box.vpos + box.height - 1);
    return above && below ? [a] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

function sameColumn(
  a: { hpos: number; width: number },
  b: { hpos: number; width: number },
): boolean {
  const overlap =
    Math.min(a.hpos + a.width, b.hpos + b.width) - Math.max(a.hpos, b.hpos);
  return overlap >= MIN_COLUMN_OVERLAP * Math.min(a.width, b.width);
}

function lineOf(alto: AltoPage, b: number): number {
  const block = alto.blocks[b]!;
  const lines = Math.max(1, block.lines.filter((l) => l.trim() !== "").length);
  return block.lineHeight ?? (block.box ? block.box.height / lines : 0);
}
