import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AccountForm } from "@/components/users/account-form";
import { CredentialFields } from "@/components/users/credential-fields";
import { RoleCheckboxes } from "@/components/users/role-checkboxes";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { INVITE_DAYS } from "@/lib/users/invite-token";
import { listPapers, listUsers } from "@/lib/users/list-users";

import { roleValue } from "../user-form";
import { resetPasswordAction } from "./reset-password-action";
import { setActiveAction } from "./set-active-action";
import { setRolesAction } from "./set-roles-action";

export const dynamic = "force-dynamic";

/** One account (administrators): its roles per paper, 停用 / 恢复, and 重置密码. */
export default async function UserPage({
  params,
}: {
  params: Promise<{ userId: string }>;
}) {
  const me = await requireUser("user.manage");
  const { userId } = await params;
  const [[user], papers, t] = await Promise.all([
    listUsers(db(), { userId }),
    listPapers(db()),
    getTranslations(),
  ]);
  if (!user) notFound();
  const self = user.id === me.id;
  const hidden = <input type="hidden" name="userId" value={user.id} />;
  return (
    <>
      <p>
        <Link href="/desk/users">{t("users.back")}</Link>
      </p>
      <h1>
        {user.name} <span className="muted small">{user.email}</span>
      </h1>
      <h2>{t("users.rolesForm.title")}</h2>
      <AccountForm
        action={setRolesAction}
        testId="user-roles"
        done={t("users.rolesForm.done")}
        submit={t("users.rolesForm.submit")}
      >
        {hidden}
        <RoleCheckboxes
          papers={papers.map((p) => ({ publicationId: p.id, name: p.name }))}
          held={user.papers.flatMap((p) =>
            p.roles.map((role) => roleValue(p.publicationId, role)),
          )}
          isAdmin={user.isAdmin}
        />
      </AccountForm>
      <h2>{t("users.activeForm.title")}</h2>
      {self ? (
        <p className="muted">{t("users.self")}</p>
      ) : (
        <AccountForm
          action={setActiveAction}
          testId="user-active"
          done={
            user.active
              ? t("users.activeForm.reactivated")
              : t("users.activeForm.deactivated")
          }
          submit={
            user.active
              ? t("users.activeForm.deactivate")
              : t("users.activeForm.reactivate")
          }
          secondary={user.active}
        >
          {hidden}
          <input type="hidden" name="active" value={user.active ? "0" : "1"} />
          <p>
            {user.active ? t("users.active") : t("users.inactive")}
            {" · "}
            <span className="muted">{t("users.activeForm.hint")}</span>
          </p>
        </AccountForm>
      )}
      <h2>{t("users.resetForm.title")}</h2>
      {self ? (
        <p className="muted">
          <Link href="/desk/account">{t("users.self")}</Link>
        </p>
      ) : (
        <AccountForm
          action={resetPasswordAction}
          testId="reset-password"
          done={t("users.resetForm.done")}
          submit={t("users.resetForm.submit")}
        >
          {hidden}
          <p className="muted">{t("users.resetForm.hint")}</p>
          <CredentialFields
            idPrefix="reset"
            choiceLabel={t("users.resetForm.setPassword")}
            passwordLabel={t("users.resetForm.password")}
            inviteDays={INVITE_DAYS}
          />
        </AccountForm>
      )}
    </>
  );
}
