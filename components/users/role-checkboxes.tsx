// The administrator box and the roles per paper, as checkboxes named
// "isAdmin" and "role" (value "paper:ROLE", app/desk/users/user-form.ts):
// shown as the account holds them, nothing ticked for a new one.
import { useTranslations } from "next-intl";

import { roleValue } from "@/app/desk/users/user-form";
import { roles } from "@/lib/auth/policy";

export interface PaperRoles {
  publicationId: string;
  name: string;
}

export function RoleCheckboxes({
  papers,
  held = [],
  isAdmin = false,
}: {
  papers: PaperRoles[];
  /** The roles held now, as role checkbox values. */
  held?: string[];
  isAdmin?: boolean;
}) {
  const t = useTranslations();
  return (
    <>
      <label className="inline-choice" style={{ display: "flex" }}>
        <input type="checkbox" name="isAdmin" defaultChecked={isAdmin} />
        {t("users.isAdmin")}
      </label>
      {papers.map((paper) => (
        <fieldset key={paper.publicationId}>
          <legend>{t("users.rolesOn", { paper: paper.name })}</legend>
          {roles.map((role) => {
            const value = roleValue(paper.publicationId, role);
            return (
              <label key={role} className="inline-choice">
                <input
                  type="checkbox"
                  name="role"
                  value={value}
                  defaultChecked={held.includes(value)}
                />
                {t(`role.${role}`)}
              </label>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
