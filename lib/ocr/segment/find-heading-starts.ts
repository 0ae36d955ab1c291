// Article starts on a Markdown page with headings. Consecutive headings form
// a run. A run followed by a byline, a dateline or a dashed deck (perhaps
// after one undashed deck line) starts an article; the page's headline level
// is the size found in the most such runs (ties: the larger type). A run
// holding that level and followed by running text also starts one (an
// article with no credit), so a `# 平湖日报` masthead over a date line does
// not. In a starting run the headline is the first heading at the headline
// level (same-level headings right after continue it), smaller or
// dash-ended headings directly above are the 引题 kicker and headings below
// are the 副题 deck. Other runs are subheads when smaller than headlines inside
// an article, otherwise banners (furniture before the first article, rubrics
// after one).

import { minOf } from "../extremes";
import type { TextBlock } from "../text/split-text-blocks";
import {
  hasLeadingDash,
  hasTrailingDash,
  isRubricShaped,
  seriesName,
} from "../text/text-shape";
import {
  type BlockRole,
  isContinuation,
  isRunningTextBlock,
  opensArticleBody,
} from "./article-start-signals";
import { isDashedKicker, isTitleShaped } from "./block-shape";
import type { PreparedBlock } from "./prepare-blocks";

function countsOf(levels: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return counts;
}

/**
 * The most frequent of `levels`. Ties go to the level more frequent on the
 * whole page (`pageLevels`): a `# LE PETIT JOURNAL` masthead in the one
 * opening run is outvoted by the `##` headlines of the other items; then to
 * the larger type.
 */
function mostFrequent(
  levels: readonly number[],
  pageLevels: readonly number[],
): number | null {
  const counts = countsOf(levels);
  const onPage = countsOf(pageLevels);
  let best: number | null = null;
  let bestCount = 0;
  for (const [level, count] of counts) {
    const better =
      count > bestCount ||
      (count === bestCount &&
        best !== null &&
        ((onPage.get(level) ?? 0) > (onPage.get(best) ?? 0) ||
          ((onPage.get(level) ?? 0) === (onPage.get(best) ?? 0) &&
            level < best)));
    if (better) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** Does an article's head or body follow: a byline, dateline, dashed deck or continuation marker, perhaps after an undashed deck line? */
function signalsArticle(
  prepared: readonly PreparedBlock[],
  texts: readonly TextBlock[],
  from: number,
): boolean {
  // > 系列：基层新观察 between the headline and the byline says nothing either way.
  let at = from;
  while (
    texts[at] !== undefined &&
    texts[at]?.kind !== "heading" &&
    seriesName(prepared[at]?.heading ?? "") !== null
  )
    at++;
  const next = prepared[at];
  if (!next || texts[at]?.kind === "heading") return false;
  // （上接1版） under a heading: the headline repeated over a continued article.
  if (
    opensArticleBody(next) ||
    hasLeadingDash(next.heading) ||
    isContinuation(next)
  )
    return true;
  return (
    isTitleShaped(next) &&
    texts[at + 1]?.kind !== "heading" &&
    opensArticleBody(prepared[at + 1])
  );
}

/** Running text right under a heading: the article simply has no byline or dateline. */
function isRunningText(
  prepared: readonly PreparedBlock[],
  texts: readonly TextBlock[],
  at: number,
): boolean {
  const next = prepared[at];
  return (
    next !== undefined && texts[at]?.kind === "text" && isRunningTextBlock(next)
  );
}

/** Sets kicker, headline and deck roles for a run that starts an article; returns the article's first block. */
function assignRunRoles(
  run: readonly number[],
  level: number,
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
  roles: BlockRole[],
): number {
  const levelOf = (i: number) => texts[i]?.level ?? 0;
  let position = run.findIndex((i) => levelOf(i) === level);
  const first = run[position];
  const second = run[position + 1];
  // 一把手访谈—— at the headline's own size is still a kicker.
  if (
    first !== undefined &&
    second !== undefined &&
    levelOf(second) === level &&
    hasTrailingDash(prepared[first]?.heading ?? "")
  )
    position++;
  let start = run[position] ?? run[0] ?? 0;
  let above = true;
  // The level of the kicker right above the headline; a smaller heading of another size above it
  // (## 一把手访谈 over ### 深化改革开放… over # 县长张伟：…) is the article's rubric (栏目), not more kicker.
  let kickerLevel: number | null = null;
  let rubricTaken = false;
  for (let k = position - 1; k >= 0; k--) {
    const i = run[k] ?? 0;
    const dashed = hasTrailingDash(prepared[i]?.heading ?? "");
    above = above && (levelOf(i) > level || dashed);
    if (
      above &&
      kickerLevel !== null &&
      levelOf(i) !== kickerLevel &&
      !dashed &&
      !rubricTaken &&
      isRubricShaped(prepared[i]?.heading ?? "")
    ) {
      // Left unhinted, the header reader files it as the article's rubric.
      rubricTaken = true;
      start = i;
      continue;
    }
    if (rubricTaken) above = false;
    roles[i] = above ? "kicker" : "banner";
    if (above) {
      start = i;
      kickerLevel ??= levelOf(i);
    }
  }
  let k = position;
  roles[run[k] ?? 0] = "heading";
  while (
    k + 1 < run.length &&
    levelOf(run[k + 1] ?? 0) === level &&
    !hasLeadingDash(prepared[run[k + 1] ?? 0]?.heading ?? "")
  ) {
    roles[run[++k] ?? 0] = "heading";
  }
  for (k++; k < run.length; k++) roles[run[k] ?? 0] = "deck";
  // A dash-ended paragraph right above the run is its kicker when the run has none.
  const firstOfRun = run[0] ?? 0;
  if (
    start === run[position] &&
    firstOfRun === start &&
    isDashedKicker(prepared[start - 1]) &&
    roles[start - 1] === "unknown"
  ) {
    roles[start - 1] = "kicker";
    start--;
  }
  // > 栏目：一把手访谈 right above: the article's series, read as its rubric.
  if (
    start > 0 &&
    roles[start - 1] === "unknown" &&
    texts[start - 1]?.kind !== "heading" &&
    seriesName(prepared[start - 1]?.heading ?? "") !== null
  )
    start--;
  return start;
}

export function findHeadingStarts(
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
  roles: BlockRole[],
): number[] {
  const runs: number[][] = [];
  for (let i = 0; i < texts.length; i++) {
    if (texts[i]?.kind !== "heading") continue;
    const previous = runs[runs.length - 1];
    if (previous && previous[previous.length - 1] === i - 1) previous.push(i);
    else runs.push([i]);
  }
  const levelOf = (i: number) => texts[i]?.level ?? 0;
  const info = runs.map((run) => {
    // Dash-ended headings are kickers, whatever their size.
    const titles = run.filter(
      (i) => !hasTrailingDash(prepared[i]?.heading ?? ""),
    );
    const last = run[run.length - 1] ?? 0;
    const levels = [
      ...new Set((titles.length > 0 ? titles : run).map(levelOf)),
    ];
    return {
      run,
      levels,
      candidate: minOf(levels),
      signals: signalsArticle(prepared, texts, last + 1),
    };
  });
  // The page's headline level is the size found in the most article-opening runs, so a banner or
  // deck in one run ("# 一把手访谈" over "## 勇挑大梁担使命") is outvoted by the others.
  const opening = info.filter((entry) => entry.signals);
  const level =
    mostFrequent(
      (opening.length > 0 ? opening : info).flatMap((entry) => entry.levels),
      info.flatMap((entry) => entry.levels),
    ) ?? 0;
  const runAt = new Map(info.map((entry) => [entry.run[0] ?? 0, entry]));
  const starts: number[] = [];
  let inArticle = false;
  let hasBody = false;

  for (let i = 0; i < texts.length; i++) {
    const entry = runAt.get(i);
    const block = prepared[i];
    if (!block) continue;
    if (entry) {
      const { run } = entry;
      const last = run[run.length - 1] ?? i;
      const levels = run.map(levelOf);
      const hasLevel = levels.includes(level);
      if (
        entry.signals ||
        (hasLevel && isRunningText(prepared, texts, last + 1))
      ) {
        starts.push(
          assignRunRoles(
            run,
            hasLevel ? level : entry.candidate,
            texts,
            prepared,
            roles,
          ),
        );
        inArticle = true;
        hasBody = false;
      } else {
        for (const j of run)
          roles[j] = inArticle && levelOf(j) > level ? "subhead" : "banner";
      }
      i = last;
      continue;
    }
    if (isContinuation(block) && (!inArticle || hasBody)) {
      starts.push(i);
      inArticle = true;
    }
    if (
      texts[i]?.kind === "bold" &&
      inArticle &&
      block.bylines === null &&
      block.jump === null
    )
      roles[i] = "subhead";
    if (inArticle && roles[i] === "unknown" && isRunningTextBlock(block))
      hasBody = true;
  }
  // A kicker claimed from the paragraph above a run moves that start up; keep order, once each.
  return [...new Set(starts)].sort((a, b) => a - b);
}
