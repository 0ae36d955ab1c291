// Records where each part of an article imported over several pages starts
// in its one body (Placement.startBlock and startAnchor), so the board counts
// each page's 字数 and the page view prints each page's part. A part whose
// first paragraph was joined back onto the page before (a sentence the jump
// cut) starts at its second paragraph.
import { docToBlocks } from "@/lib/articles/article-doc";
import { anchorOf } from "@/lib/articles/part-blocks";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import type { ImportRows } from "./build-import-rows";

/** Sets startBlock/startAnchor on the placements of every continuation part in `rows` (before they are inserted). */
export function recordPartStarts(rows: ImportRows): void {
  const partOf = new Map(
    [...rows.placementIdOf].map(([part, id]) => [id, part]),
  );
  const byArticle = new Map<string, ImportRows["placements"]>();
  for (const p of rows.placements) {
    const list = byArticle.get(p.articleId);
    if (list) list.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  const bodies = new Map(
    rows.articles.map((a) => [a.id, a.body as ArticleDoc]),
  );

  for (const [articleId, placements] of byArticle) {
    if (placements.length < 2) continue;
    const body = docToBlocks(bodies.get(articleId)!).map((b) => b.text);
    const ordered = [...placements].sort(
      (a, b) => (a.part ?? 1) - (b.part ?? 1),
    );
    let start = 0;
    let previous = 0;
    ordered.forEach((placement, k) => {
      const blocks = partOf.get(placement.id!)?.article.blocks ?? [];
      if (k > 0) {
        start += previous;
        placement.startBlock = Math.min(start, body.length);
        placement.startAnchor = anchorOf(body[start] ?? "");
      }
      // The part's own blocks in the body: all, less its first one if that was joined onto the part before.
      const joined =
        k > 0 && blocks.length > 0 && body[start] !== blocks[0]!.text;
      previous = blocks.length - (joined ? 1 : 0);
    });
  }
}
