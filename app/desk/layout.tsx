import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleSwitch } from "@/components/layout/locale-switch";
import { requireUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <>
      <header className="topbar">
        <Link href="/desk" className="brand">
          Folio
        </Link>
        <Link href="/desk">{t("nav.issues")}</Link>
        <Link href="/desk/import">{t("nav.import")}</Link>
        <span className="spacer" />
        <span className="muted" data-testid="current-user">
          {t("desk.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}
        </span>
        <LocaleSwitch />
        <Link href="/signout">{t("nav.signOut")}</Link>
      </header>
      <main>{children}</main>
    </>
  );
}
