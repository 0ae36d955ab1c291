"use client";

// 停用 / 恢复 for one learned correction. The row re-renders from the server
// once the action answered; a refusal is shown beside the button.
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  retireLearnedPairAction,
  type RetireState,
} from "@/app/desk/learned/retire-learned-pair-action";
import { useHydrated } from "@/components/hydration/use-hydrated";

export function RetirePairButton({
  pairId,
  retired,
  misread,
  correction,
}: {
  pairId: string;
  retired: boolean;
  misread: string;
  correction: string;
}) {
  const t = useTranslations("desk.learned");
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<RetireState, FormData>(
    retireLearnedPairAction,
    { error: null, retired: null },
  );
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="pairId" value={pairId} />
      <input type="hidden" name="retire" value={retired ? "0" : "1"} />
      <button
        type="submit"
        className="small secondary"
        disabled={!hydrated || pending}
        aria-label={`${retired ? t("reinstate") : t("retire")}：${misread} → ${correction}`}
      >
        {retired ? t("reinstate") : t("retire")}
      </button>
      <span role="status" className="small">
        {state.error === null &&
        state.retired !== null &&
        state.retired === retired
          ? t(retired ? "retiredDone" : "reinstatedDone", {
              misread,
              correction,
            })
          : null}
      </span>
      {state.error && (
        <span role="alert" className="small error">
          {state.error}
        </span>
      )}
    </form>
  );
}
