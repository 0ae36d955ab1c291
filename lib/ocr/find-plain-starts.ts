// Article starts on a plain-text page (or Markdown without headings). A
// headline is a short line (≤ 40 chars, no full stop, not ending in clause
// punctuation, not a byline, marker or dateline) followed, after at most one
// deck line (dash-led or itself title shaped), by a byline or a dateline
// paragraph (本报讯, 新华社…电, 本报记者…报道), or directly by a （上接N版）
// marker. A dash-ended line directly above is its kicker. An article with
// neither byline nor dateline cannot be told from body text this way and
// stays with the article before it.

import { isContinuation, isRunningTextBlock, opensArticleBody, type BlockRole } from "./article-start-signals";
import { isDashedKicker, isTitleShaped } from "./block-shape";
import type { PreparedBlock } from "./prepare-blocks";
import type { TextBlock } from "./split-text-blocks";
import { hasLeadingDash } from "./text-shape";

export function findPlainStarts(texts: readonly TextBlock[], prepared: readonly PreparedBlock[], roles: BlockRole[]): number[] {
  const starts: number[] = [];
  let inArticle = false;
  let hasBody = false;
  for (let i = 0; i < prepared.length; i++) {
    const block = prepared[i];
    if (!block) continue;
    if (roles[i] === "unknown" && block.lines.length <= 2 && isTitleShaped(block)) {
      let next = i + 1;
      const deck = prepared[next];
      if (deck && deck.bylines === null && (hasLeadingDash(deck.heading) || isTitleShaped(deck))) next++;
      const following = prepared[next];
      // （上接1版） right under it: the headline repeated over a continued article.
      if (opensArticleBody(following) || (next === i + 1 && following !== undefined && isContinuation(following))) {
        roles[i] = "heading";
        const kickerAt = i - 1;
        const kickerFree = kickerAt >= 0 && starts[starts.length - 1] !== kickerAt && roles[kickerAt] === "unknown";
        if (kickerFree && isDashedKicker(prepared[kickerAt])) {
          roles[kickerAt] = "kicker";
          starts.push(kickerAt);
        } else starts.push(i);
        inArticle = true;
        hasBody = false;
        i = next - 1; // the deck line, if any, is settled; the byline or dateline is looked at next
        continue;
      }
    }
    if (isContinuation(block) && (!inArticle || hasBody)) {
      starts.push(i);
      inArticle = true;
    }
    if (texts[i]?.kind === "bold" && inArticle && block.bylines === null && block.jump === null) roles[i] = "subhead";
    if (inArticle && isRunningTextBlock(block)) hasBody = true;
  }
  return starts;
}

