"use client";

// One account form of /desk/users around the fields the page gives it:
// uncontrolled fields posted to its server action (what is sent is what the
// form shows), the button waiting for hydration, and the answer under it.
// A refused form keeps what was typed (React would empty it after any
// action); a new account's form is emptied once it was created.
import { useTranslations } from "next-intl";
import {
  type FormEvent,
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useRef,
} from "react";

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
  resetWhenDone = false,
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
  /** Empty the fields once the change is done (a form for the next new account). */
  resetWhenDone?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("users");
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(
    serverAction,
    initialAccountFormState,
  );
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetWhenDone && state.done) form.current?.reset();
  }, [resetWhenDone, state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    startTransition(() => action(fields));
  }
  return (
    <form
      ref={form}
      action={action}
      onSubmit={onSubmit}
      className="card narrow"
      data-testid={testId}
    >
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
