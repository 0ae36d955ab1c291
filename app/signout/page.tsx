import { getTranslations } from "next-intl/server";

import { SignOutButton } from "@/components/auth/sign-out-button";

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  return (
    <main className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("confirm")}</p>
      <SignOutButton label={t("submit")} />
    </main>
  );
}
