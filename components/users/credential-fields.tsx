// How the account gets its password: a first password typed now, or a
// one-time invite link. Neither is chosen for the administrator.
import { useTranslations } from "next-intl";

export function CredentialFields({
  idPrefix,
  choiceLabel,
  passwordLabel,
  inviteDays,
}: {
  idPrefix: string;
  /** The choice of typing the password now (现在设置初始密码 / 新密码). */
  choiceLabel: string;
  passwordLabel: string;
  /** How long an invite link works (lib/users/invite-token.ts INVITE_DAYS). */
  inviteDays: number;
}) {
  const t = useTranslations("users");
  return (
    <fieldset>
      <legend>{t("credential")}</legend>
      <label className="inline-choice" style={{ display: "flex" }}>
        <input type="radio" name="credential" value="password" required />
        {choiceLabel}
      </label>
      <label htmlFor={`${idPrefix}-password`}>{passwordLabel}</label>
      <input
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={200}
        style={{ width: "100%" }}
      />
      <p className="muted small">{t("passwordHint")}</p>
      <label className="inline-choice" style={{ display: "flex" }}>
        <input type="radio" name="credential" value="invite" required />
        {t("sendInvite", { days: inviteDays })}
      </label>
    </fieldset>
  );
}
