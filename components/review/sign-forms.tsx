"use client";

// The buttons in the review grid: 签 a step of a page, 撤回签字 with a
// reason. The grid re-renders from the server once an action answered; a
// refusal (the page changed since it was shown, someone else's step, an
// earlier step open) is shown beside the button.
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  type ReviewState,
  signPageAction,
  withdrawSignOffAction,
} from "@/app/desk/issues/[issueId]/review-actions";
import { useHydrated } from "@/components/hydration/use-hydrated";

const initial: ReviewState = { error: null, done: null };

function Outcome({ state }: { state: ReviewState }) {
  const t = useTranslations("review");
  return (
    <>
      {state.done === "issue-signed-off" && (
        <span role="status" className="small">
          {t("issueSignedOff")}
        </span>
      )}
      {state.error && (
        <span role="alert" className="small error">
          {state.error}
        </span>
      )}
    </>
  );
}

export function SignForm({
  issueId,
  pageId,
  step,
  stateKey,
  label,
}: {
  issueId: string;
  pageId: string;
  step: string;
  stateKey: string;
  /** Accessible name: e.g. 签 1版 一校. */
  label: string;
}) {
  const t = useTranslations("review");
  const hydrated = useHydrated();
  const [state, run, pending] = useActionState(signPageAction, initial);
  return (
    <form action={run} className="sign-form">
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="pageId" value={pageId} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="stateKey" value={stateKey} />
      <button type="submit" aria-label={label} disabled={!hydrated || pending}>
        {t("sign")}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function WithdrawForm({
  issueId,
  signOffId,
}: {
  issueId: string;
  signOffId: string;
}) {
  const t = useTranslations("review");
  const hydrated = useHydrated();
  const [state, run, pending] = useActionState(withdrawSignOffAction, initial);
  return (
    <details className="withdraw">
      <summary className="small">{t("withdraw")}</summary>
      <form action={run} className="sign-form">
        <input type="hidden" name="issueId" value={issueId} />
        <input type="hidden" name="signOffId" value={signOffId} />
        <label className="small">
          {t("withdrawReason")}{" "}
          <input name="reason" required minLength={4} maxLength={300} />
        </label>
        <button type="submit" disabled={!hydrated || pending}>
          {t("withdraw")}
        </button>
        <Outcome state={state} />
      </form>
    </details>
  );
}
