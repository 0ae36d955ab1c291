"use client";

// The desk's notices under the bar: edits kept after a take-over, an article
// merged away, what a merged save took from whom, verdicts a resolution
// dropped, and what the last action did. Each but the first two is dismissed.
import Link from "next/link";
import { useTranslations } from "next-intl";

import type { DeskAction, DeskState } from "./desk-state";

export interface DeskNoticesProps {
  state: Pick<DeskState, "unsavedKept" | "merged" | "notice">;
  dispatch: (action: DeskAction) => void;
  takenOver: boolean;
  /** The article this one was merged into, if it was. */
  mergedIntoId: string | null;
  locale: string;
  /** What the last action did (useDeskActions). */
  notice: string | null;
  onDismissNotice: () => void;
}

export function DeskNotices({
  state,
  dispatch,
  takenOver,
  mergedIntoId,
  locale,
  notice,
  onDismissNotice,
}: DeskNoticesProps) {
  const t = useTranslations("editor");
  const ok = (onClick: () => void) => (
    <button type="button" className="linkish" onClick={onClick}>
      {t("notices.ok")}
    </button>
  );
  return (
    <>
      {state.unsavedKept && takenOver && (
        <p className="notice" role="status" data-testid="unsaved-kept">
          {t("presence.unsavedKept")}
        </p>
      )}
      {mergedIntoId !== null && (
        <p className="notice" role="status">
          {t("mergedInto")}{" "}
          <Link href={`/desk/articles/${mergedIntoId}`}>{t("openMerged")}</Link>
        </p>
      )}
      {state.merged && state.merged.length > 0 && (
        <p className="notice" role="status" data-testid="merged-notice">
          {t("notices.merged")}{" "}
          {state.merged
            .map((c) => (locale === "en" ? c.description : c.descriptionZh))
            .join("；")}{" "}
          {ok(() => dispatch({ type: "mergedDismissed" }))}
        </p>
      )}
      {state.notice && (
        <p className="notice" role="status">
          {t(`notices.${state.notice}`)}{" "}
          {ok(() => dispatch({ type: "noticeDismissed" }))}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="desk-notice">
          {notice} {ok(onDismissNotice)}
        </p>
      )}
    </>
  );
}
