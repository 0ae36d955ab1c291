"use client";

// The invite page's form: the password, twice, and the one-time token. Once
// set, the user goes on to the sign-in page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  acceptInviteAction,
  type AcceptInviteState,
} from "@/app/invite/[token]/accept-invite-action";
import { useHydrated } from "@/components/hydration/use-hydrated";

import { NewPasswordFields } from "./new-password-fields";

export function AcceptInviteForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<AcceptInviteState, FormData>(
    acceptInviteAction,
    { error: null, email: null },
  );
  if (state.email)
    return (
      <div role="status">
        <p className="notice">{t("done", { email: state.email })}</p>
        <p>
          <Link href="/signin" className="button">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  return (
    <form action={action} data-testid="accept-invite">
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        idPrefix="invite"
        name="password"
        labels={{
          password: t("password"),
          confirm: t("confirm"),
          hint: t("hint"),
        }}
      />
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      <p>
        <button type="submit" disabled={!hydrated || pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}
