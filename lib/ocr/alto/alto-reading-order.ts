// The order in which a page's text blocks are read, as "flows": runs of blocks
// that belong together (a ComposedBlock, an IDNEXT chain, a ReadingOrder
// group). Sources, best first: ALTO v4 ReadingOrder; IDNEXT chains; document
// order. Margin blocks (page furniture) are left out.
import type { AltoPage, ReadingOrderGroup } from "./alto-page";

export interface ReadingOrder {
  /** Block indexes; every non-margin block appears exactly once. */
  flows: number[][];
  warnings: string[];
}

/** The page's non-margin blocks as flows, in the order they are read (ALTO ReadingOrder, else IDNEXT, else document order). */
export function altoReadingOrder(page: AltoPage): ReadingOrder {
  const seen = new Set<number>();
  const warnings: string[] = [];
  let flows: number[][];
  if (page.readingOrder.length > 0)
    flows = fromReadingOrder(page, seen, warnings);
  else if (
    page.blocks.some((b) => b.idNext) ||
    page.groups.some((g) => g.idNext)
  )
    flows = fromIdNext(page, seen);
  else flows = [];
  // Whatever the explicit order left out follows in document order.
  return { flows: [...flows, ...documentOrder(page, seen)], warnings };
}

function fromReadingOrder(
  page: AltoPage,
  seen: Set<number>,
  warnings: string[],
): number[][] {
  const flows: number[][] = [];
  const unknown: string[] = [];
  const unvisited = new NextUnvisited(page.blocks.length);
  const walk = (group: ReadingOrderGroup) => {
    let run: number[] = [];
    const flush = () => {
      if (run.length === 0) return;
      flows.push(group.ordered ? run : run.sort((a, b) => a - b));
      run = [];
    };
    for (const item of group.items) {
      if ("ref" in item) {
        const ref = page.ids.get(item.ref);
        if (!ref) {
          unknown.push(item.ref);
          continue;
        }
        // Each block is visited once however many refs cover it (a ComposedBlock referred to 10,000 times).
        const last = Math.min(ref.last, page.blocks.length - 1);
        for (
          let b = unvisited.from(ref.first);
          b <= last;
          b = unvisited.from(b + 1)
        ) {
          unvisited.visit(b);
          if (page.blocks[b]!.margin) continue;
          seen.add(b);
          run.push(b);
        }
      } else {
        flush();
        walk(item);
      }
    }
    flush();
  };
  page.readingOrder.forEach(walk);
  if (unknown.length > 0) {
    warnings.push(
      `ReadingOrder refers to ${unknown.length} unknown ID(s) (${unknown.slice(0, 3).join(", ")}); ignored`,
    );
  }
  return flows;
}

function fromIdNext(page: AltoPage, seen: Set<number>): number[][] {
  const firstOf = (id: string | null): number | null => {
    const ref = id ? page.ids.get(id) : undefined;
    return ref ? ref.first : null;
  };
  const next = (b: number): number | null => {
    const block = page.blocks[b]!;
    const explicit = firstOf(block.idNext);
    if (explicit !== null) return explicit;
    const group = block.group === null ? undefined : page.groups[block.group];
    if (!group) return null;
    return b < group.last ? b + 1 : firstOf(group.idNext);
  };
  const targets = new Set<number>();
  page.blocks.forEach((_, b) => {
    const n = next(b);
    if (n !== null && n !== b) targets.add(n);
  });
  const flows: number[][] = [];
  const follow = (start: number) => {
    const chain: number[] = [];
    for (
      let b: number | null = start;
      b !== null && !seen.has(b);
      b = next(b)
    ) {
      seen.add(b);
      if (!page.blocks[b]!.margin) chain.push(b);
    }
    if (chain.length > 0) flows.push(chain);
  };
  page.blocks.forEach((_, b) => {
    if (!targets.has(b)) follow(b);
  });
  // Blocks only reachable inside a cycle: start each cycle at its first block.
  page.blocks.forEach((_, b) => follow(b));
  return flows;
}

/** Each ComposedBlock is a flow; so is each run of loose TextBlocks between them. */
function documentOrder(page: AltoPage, seen: Set<number>): number[][] {
  const flows: number[][] = [];
  let run: number[] = [];
  let runGroup: number | null = null;
  page.blocks.forEach((block, b) => {
    if (seen.has(b) || block.margin) return;
    if (run.length > 0 && block.group !== runGroup) {
      flows.push(run);
      run = [];
    }
    runGroup = block.group;
    run.push(b);
  });
  if (run.length > 0) flows.push(run);
  return flows;
}

/** The first not yet visited index at or after a given one, with paths halved as it goes (near-constant time). */
class NextUnvisited {
  /** next[i] === i: not visited; else some later index to look from. */
  private readonly next: Int32Array;

  constructor(size: number) {
    this.next = new Int32Array(size + 1).map((_, i) => i);
  }

  from(i: number): number {
    const { next } = this;
    if (i >= next.length) return next.length - 1;
    while (next[i] !== i) {
      next[i] = next[next[i]!]!;
      i = next[i]!;
    }
    return i;
  }

  visit(i: number): void {
    if (i < this.next.length - 1) this.next[i] = i + 1;
  }
}
