import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleSwitch } from "@/components/layout/locale-switch";
import { requireUser } from "@/lib/auth/current-user";
import { canSomewhere } from "@/lib/auth/policy";
import { signInFailures } from "@/lib/auth/sign-in-failures";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export default async function DeskLayout({
  children,
}: {
  children: ReactNode;
}) {
  const user = await requireUser();
  const t = await getTranslations();
  const failures = await signInFailures(db(), user.id);
  return (
    <>
      <header className="topbar">
        <Link href="/desk" className="brand">
          Folio
        </Link>
        <Link href="/desk">{t("nav.issues")}</Link>
        <Link href="/desk/import">{t("nav.import")}</Link>
        {canSomewhere(user, "user.manage") && (
          <Link href="/desk/users">{t("nav.users")}</Link>
        )}
        {canSomewhere(user, "audit.view") && (
          <Link href="/desk/audit">{t("nav.audit")}</Link>
        )}
        <span className="spacer" />
        <span className="muted" data-testid="current-user">
          {t("desk.signedInAs", {
            name: user.name,
            role: (user.isAdmin
              ? ["ADMIN" as const]
              : [...new Set(user.memberships.map((m) => m.role))]
            )
              .map((role) => t(`role.${role}`))
              .join("、"),
          })}
        </span>
        <LocaleSwitch />
        <Link href="/desk/account">{t("signInFailures.title")}</Link>
        <Link href="/signout">{t("nav.signOut")}</Link>
      </header>
      {failures.sincePrevious > 0 && (
        <p className="error" role="alert" data-testid="sign-in-failures-notice">
          {t("signInFailures.notice", { count: failures.sincePrevious })}{" "}
          <Link href="/desk/account">{t("signInFailures.review")}</Link>
        </p>
      )}
      <main>{children}</main>
    </>
  );
}
