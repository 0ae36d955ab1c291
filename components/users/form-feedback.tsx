// The lines under an account form once its action answered: the refusal,
// or what was done (and an invite link to copy, shown this once).
import { useFormatter, useTranslations } from "next-intl";

import type { AccountFormState } from "@/app/desk/users/account-form-state";
import { useHydrated } from "@/components/hydration/use-hydrated";

export function FormFeedback({
  state,
  done,
}: {
  state: AccountFormState;
  /** What to say once the change is done. */
  done: string;
}) {
  if (state.error)
    return (
      <p role="alert" className="error">
        {state.error}
      </p>
    );
  if (!state.done) return null;
  return (
    <div role="status">
      <p className="notice">{done}</p>
      {state.invite && <InviteLink {...state.invite} />}
    </div>
  );
}

/** The full invite URL on this site (the origin the administrator uses), as text to copy. */
function InviteLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const t = useTranslations("users");
  const format = useFormatter();
  const hydrated = useHydrated();
  const url = hydrated ? new URL(path, window.location.origin).href : path;
  return (
    <p>
      {t("inviteLink")}
      <br />
      <code
        data-testid="invite-link"
        style={{ userSelect: "all", wordBreak: "break-all" }}
      >
        {url}
      </code>
      <br />
      <span className="muted small">
        {t("inviteExpires", {
          at: format.dateTime(new Date(expiresAt), {
            dateStyle: "medium",
            timeStyle: "short",
          }),
        })}
      </span>
    </p>
  );
}
