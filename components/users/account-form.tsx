"use client";

// One account form of /desk/users around the fields the page gives it:
// uncontrolled fields posted to its server action (what is sent is what the
// form shows), the button waiting for hydration, and the answer under it.
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";

import {
  type AccountFormState,
  initialAccountFormState,
} from "@/app/desk/users/account-form-state";
import { useHydrated } from "@/components/hydration/use-hydrated";

import { FormFeedback } from "./form-feedback";

export function AccountForm({
  action: serverAction,
  testId,
  done,
  submit,
  secondary = false,
  children,
}: {
  action: (
    state: AccountFormState,
    form: FormData,
  ) => Promise<AccountFormState>;
  testId: string;
  /** What to say once the change is done. */
  done: string;
  submit: string;
  /** A button that undoes access (停用) looks secondary. */
  secondary?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("users");
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(
    serverAction,
    initialAccountFormState,
  );
  return (
    <form action={action} className="card narrow" data-testid={testId}>
      {children}
      <FormFeedback state={state} done={done} />
      <p>
        <button
          type="submit"
          className={secondary ? "secondary" : undefined}
          disabled={!hydrated || pending}
        >
          {pending ? t("saving") : submit}
        </button>
      </p>
    </form>
  );
}
