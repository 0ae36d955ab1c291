import { getFormatter, getTranslations } from "next-intl/server";

import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireUser } from "@/lib/auth/current-user";
import { FAILURE_DAYS, signInFailures } from "@/lib/auth/sign-in-failures";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The signed-in user's own account: failed sign-in attempts on it, by address group, and 修改密码. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("signInFailures");
  const tAccount = await getTranslations("account");
  const format = await getFormatter();
  const failures = await signInFailures(db(), user.id);
  const when = (at: Date) =>
    format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section>
      <h1>{t("title")}</h1>
      <p className="muted">
        {failures.previousSignInAt
          ? t("previous", { at: when(failures.previousSignInAt) })
          : t("firstSignIn")}
      </p>
      <h2>{t("heading", { days: FAILURE_DAYS })}</h2>
      {failures.groups.length === 0 ? (
        <p data-testid="sign-in-failures-none">
          {t("none", { days: FAILURE_DAYS })}
        </p>
      ) : (
        <>
          <table data-testid="sign-in-failures">
            <thead>
              <tr>
                <th>{t("address")}</th>
                <th>{t("count")}</th>
                <th>{t("first")}</th>
                <th>{t("last")}</th>
              </tr>
            </thead>
            <tbody>
              {failures.groups.map((g) => (
                <tr key={g.addressGroup}>
                  <td>{g.addressGroup}</td>
                  <td>{g.count}</td>
                  <td>{when(g.firstAt)}</td>
                  <td>{when(g.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t("advice")}</p>
        </>
      )}
      <h2>{tAccount("passwordTitle")}</h2>
      <ChangePasswordForm email={user.email} />
    </section>
  );
}
