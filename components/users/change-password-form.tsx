"use client";

// 修改密码 on the user's own account page. The change ends every session of
// the account, this one too (a session is bound to the session version), so
// once the server said yes this browser signs in again with the new
// password. The request is built from the form's own fields; the button
// waits for hydration.
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import {
  changePasswordAction,
  type ChangePasswordState,
} from "@/app/desk/account/change-password-action";
import { useHydrated } from "@/components/hydration/use-hydrated";

import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const hydrated = useHydrated();
  const router = useRouter();
  const [state, setState] = useState<ChangePasswordState>({
    error: null,
    changed: false,
  });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    try {
      const next = await changePasswordAction(state, form);
      if (next.changed) {
        const again = await signIn("credentials", {
          email,
          password: String(form.get("newPassword") ?? ""),
          redirect: false,
        }).catch(() => undefined);
        // Signed out with every other session if that failed: the sign-in page takes it from here.
        if (!again?.ok) return router.push("/signin");
        formElement.reset();
        router.refresh();
      }
      setState(next);
    } catch {
      setState({ error: t("failed"), changed: false });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      method="post"
      onSubmit={(e) => void onSubmit(e)}
      className="card narrow"
      data-testid="change-password"
    >
      <label htmlFor="current-password">{t("current")}</label>
      <input
        id="current-password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        style={{ width: "100%" }}
      />
      <NewPasswordFields
        idPrefix="new"
        name="newPassword"
        labels={{ password: t("new"), confirm: t("confirm"), hint: t("hint") }}
      />
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.changed && (
        <p role="status" className="notice">
          {t("done")}
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
