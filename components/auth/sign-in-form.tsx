"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { useHydrated } from "@/components/hydration/use-hydrated";

/**
 * Sign-in: the request is built from the form's own fields; the button waits
 * for hydration, and method=post keeps a password out of any URL.
 */
export function SignInForm() {
  const t = useTranslations("signIn");
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setPending(false);
    if (result?.ok) {
      router.push("/desk");
      router.refresh();
    } else {
      const messages: Record<string, string> = {
        CredentialsSignin: t("invalid"),
        TooManyAttempts: t("throttled"),
      };
      setError(messages[result?.error ?? ""] ?? t("failed"));
    }
  }

  return (
    <form
      method="post"
      onSubmit={(e) => void onSubmit(e)}
      data-ready={hydrated}
    >
      <label htmlFor="email">{t("email")}</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        style={{ width: "100%" }}
      />
      <label htmlFor="password">{t("password")}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        style={{ width: "100%" }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending || !hydrated}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}
