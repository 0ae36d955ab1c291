import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { AccountForm } from "@/components/users/account-form";
import { CredentialFields } from "@/components/users/credential-fields";
import { RoleCheckboxes } from "@/components/users/role-checkboxes";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { INVITE_DAYS } from "@/lib/users/invite-token";
import { listPapers, listUsers } from "@/lib/users/list-users";

import { createUserAction } from "./create-user-action";

export const dynamic = "force-dynamic";

/** 用户管理 (administrators): every account with its roles per paper and state, and 新建用户. */
export default async function UsersPage() {
  await requireUser("user.manage");
  const [users, papers, t, format] = await Promise.all([
    listUsers(db()),
    listPapers(db()),
    getTranslations(),
    getFormatter(),
  ]);
  const when = (at: Date) =>
    format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("users.title")}</h1>
      <p className="muted">{t("users.intro")}</p>
      <h2>{t("users.list")}</h2>
      <table data-testid="users">
        <thead>
          <tr>
            <th>{t("users.name")}</th>
            <th>{t("users.email")}</th>
            <th>{t("users.roles")}</th>
            <th>{t("users.state")}</th>
            <th>{t("users.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <td>
                <Link href={`/desk/users/${u.id}`}>{u.name}</Link>
              </td>
              <td>{u.email}</td>
              <td>
                {[
                  ...(u.isAdmin ? [t("users.admin")] : []),
                  ...u.papers.map((p) =>
                    t("users.paperRoles", {
                      paper: p.name,
                      roles: p.roles.map((r) => t(`role.${r}`)).join("、"),
                    }),
                  ),
                ].join("；") || t("users.noRoles")}
              </td>
              <td>
                {u.active ? t("users.active") : t("users.inactive")}
                {u.active && u.inviteExpiresAt && (
                  <span className="muted small">
                    {" "}
                    {t("users.invited", { at: when(u.inviteExpiresAt) })}
                  </span>
                )}
              </td>
              <td>
                {u.lastSignInAt ? when(u.lastSignInAt) : t("users.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("users.create.title")}</h2>
      <AccountForm
        action={createUserAction}
        testId="create-user"
        done={t("users.create.done")}
        submit={t("users.create.submit")}
        resetWhenDone
      >
        <label htmlFor="new-user-email">{t("users.email")}</label>
        <input
          id="new-user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          style={{ width: "100%" }}
        />
        <label htmlFor="new-user-name">{t("users.name")}</label>
        <input
          id="new-user-name"
          name="name"
          required
          maxLength={100}
          style={{ width: "100%" }}
        />
        <RoleCheckboxes
          papers={papers.map((p) => ({ publicationId: p.id, name: p.name }))}
        />
        <CredentialFields
          idPrefix="new-user"
          choiceLabel={t("users.setPassword")}
          passwordLabel={t("users.password")}
          inviteDays={INVITE_DAYS}
        />
      </AccountForm>
    </>
  );
}
