"use client";

// The paper's review chain as an administrator edits it: start from a
// preset (三审三校, or a short chain), then name, reorder, add and remove
// steps, choose who may sign each and whom it must differ from. The form
// posts the chain as it shows it; the server validates it (lib/review).
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";

import {
  type ReviewChainState,
  setReviewChainAction,
} from "@/app/desk/review-chain/set-review-chain-action";
import { useHydrated } from "@/components/hydration/use-hydrated";
import {
  CHAIN_PRESETS,
  REVIEW_ROLES,
  type ReviewChain,
  type ReviewStep,
} from "@/lib/review/review-chain";

function freshKey(steps: readonly ReviewStep[]): string {
  for (let n = steps.length + 1; ; n++) {
    const key = `step-${n}`;
    if (!steps.some((s) => s.key === key)) return key;
  }
}

export function ReviewChainForm({
  publicationId,
  chain,
}: {
  publicationId: string;
  chain: ReviewChain;
}) {
  const t = useTranslations("review");
  const tRole = useTranslations("role");
  const hydrated = useHydrated();
  const [draft, setDraft] = useState<ReviewChain>(chain);
  const [state, action, pending] = useActionState<ReviewChainState, FormData>(
    setReviewChainAction,
    { error: null, saved: false },
  );
  const update = (i: number, change: Partial<ReviewStep>) =>
    setDraft((d) => ({
      ...d,
      steps: d.steps.map((s, j) => (j === i ? { ...s, ...change } : s)),
    }));
  const remove = (i: number) =>
    setDraft((d) => {
      const gone = d.steps[i]!.key;
      return {
        ...d,
        steps: d.steps
          .filter((_, j) => j !== i)
          .map((s) => ({
            ...s,
            distinctFrom: s.distinctFrom.filter((k) => k !== gone),
          })),
      };
    });
  const moveUp = (i: number) =>
    setDraft((d) => {
      const steps = [...d.steps];
      [steps[i - 1], steps[i]] = [steps[i]!, steps[i - 1]!];
      // A step may only differ from earlier ones.
      return {
        ...d,
        steps: steps.map((s, j) => ({
          ...s,
          distinctFrom: s.distinctFrom.filter((k) =>
            steps.slice(0, j).some((e) => e.key === k),
          ),
        })),
      };
    });
  const add = () =>
    setDraft((d) => {
      const step: ReviewStep = {
        key: freshKey(d.steps),
        label: "",
        kind: "review",
        roles: ["DEPUTY_EDITOR"],
        distinctFrom: [],
      };
      // Before the final 签发, which stays last.
      return {
        ...d,
        steps: [...d.steps.slice(0, -1), step, ...d.steps.slice(-1)],
      };
    });
  return (
    <form action={action} data-testid="review-chain-form">
      <input type="hidden" name="publicationId" value={publicationId} />
      <input type="hidden" name="chain" value={JSON.stringify(draft)} />
      <p className="desk-bar">
        {t("preset")}:
        {(["full", "short"] as const).map((preset) => (
          <button
            key={preset}
            type="button"
            className="secondary small"
            disabled={!hydrated}
            onClick={() => setDraft(structuredClone(CHAIN_PRESETS[preset]))}
          >
            {t(preset === "full" ? "presetFull" : "presetShort")}
          </button>
        ))}
      </p>
      <label>
        {t("chainName")}{" "}
        <input
          value={draft.name}
          maxLength={40}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <ol>
        {draft.steps.map((step, i) => (
          <li key={step.key} data-testid="chain-step" className="card">
            <label>
              {t("stepLabel")}{" "}
              <input
                value={step.label}
                maxLength={20}
                required
                onChange={(e) => update(i, { label: e.target.value })}
              />
            </label>{" "}
            <label>
              {t("stepKind")}{" "}
              <select
                value={step.kind}
                onChange={(e) =>
                  update(i, { kind: e.target.value as ReviewStep["kind"] })
                }
              >
                {(["proof", "review", "final"] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend className="small">{t("stepRoles")}</legend>
              {REVIEW_ROLES.map((role) => (
                <label key={role} className="inline-choice">
                  <input
                    type="checkbox"
                    checked={step.roles.includes(role)}
                    onChange={(e) =>
                      update(i, {
                        roles: e.target.checked
                          ? [...step.roles, role]
                          : step.roles.filter((r) => r !== role),
                      })
                    }
                  />{" "}
                  {tRole(role)}
                </label>
              ))}
            </fieldset>
            {i > 0 && (
              <fieldset>
                <legend className="small">{t("distinct")}</legend>
                {draft.steps.slice(0, i).map((earlier) => (
                  <label key={earlier.key} className="inline-choice">
                    <input
                      type="checkbox"
                      checked={step.distinctFrom.includes(earlier.key)}
                      onChange={(e) =>
                        update(i, {
                          distinctFrom: e.target.checked
                            ? [...step.distinctFrom, earlier.key]
                            : step.distinctFrom.filter(
                                (k) => k !== earlier.key,
                              ),
                        })
                      }
                    />{" "}
                    {earlier.label || earlier.key}
                  </label>
                ))}
              </fieldset>
            )}
            <p className="desk-bar">
              {i > 0 && (
                <button
                  type="button"
                  className="secondary small"
                  disabled={!hydrated}
                  onClick={() => moveUp(i)}
                >
                  {t("moveUp")}
                </button>
              )}
              {draft.steps.length > 1 && (
                <button
                  type="button"
                  className="secondary small"
                  disabled={!hydrated}
                  onClick={() => remove(i)}
                >
                  {t("removeStep")}
                </button>
              )}
            </p>
          </li>
        ))}
      </ol>
      <p className="desk-bar">
        <button
          type="button"
          className="secondary"
          disabled={!hydrated}
          onClick={add}
        >
          {t("addStep")}
        </button>
        <button type="submit" disabled={!hydrated || pending}>
          {t("save")}
        </button>
        <span role="status" className="small">
          {state.saved ? t("saved") : null}
        </span>
        {state.error && (
          <span role="alert" className="small error">
            {state.error}
          </span>
        )}
      </p>
    </form>
  );
}
