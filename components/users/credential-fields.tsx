// How the account gets its password: a first password typed now, or a
// one-time invite link. Neither is chosen for the administrator.
import { useTranslations } from "next-intl";

export function CredentialFields({
  idPrefix,
  passwordLabel,
  inviteDays,
}: {
  idPrefix: string;
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
        {t("setPassword")}
      </label>
      <label htmlFor={`${idPrefix}-password`}>{passwordLabel}</label>
      <input
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={200}
      />
      <span className="muted small">{t("passwordHint")}</span>
      <label className="inline-choice" style={{ display: "flex" }}>
        <input type="radio" name="credential" value="invite" required />
        {t("sendInvite", { days: inviteDays })}
      </label>
    </fieldset>
  );
}
