import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { LocaleSwitch } from "@/components/layout/locale-switch";

// Public home: a placeholder until the reader site (e-paper by date) exists.
export default async function PublicHome() {
  const t = await getTranslations("public");
  return (
    <>
      <header className="topbar">
        <span className="brand">{t("title")}</span>
        <span className="spacer" />
        <LocaleSwitch />
        <Link href="/desk">{t("staff")}</Link>
      </header>
      <main>
        <h1>{t("title")}</h1>
        <p className="muted">{t("comingSoon")}</p>
      </main>
    </>
  );
}
