// Reading the account forms of /desk/users: the ticked roles ("paper:ROLE"
// checkboxes), the administrator box, and how the password is given.
import { type MembershipGrant, roles } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors";
import type { Credential } from "@/lib/users/credential";

/** The value of the role checkbox for `role` on `publicationId`. */
export function roleValue(publicationId: string, role: string): string {
  return `${publicationId}:${role}`;
}

/** The roles ticked in the form's "role" checkboxes; ValidationError for a value no form of ours sends. */
export function readMemberships(form: FormData): MembershipGrant[] {
  return form.getAll("role").map((value) => {
    const [publicationId, role] = String(value).split(":");
    const known = roles.find((r) => r === role);
    if (!publicationId || !known)
      throw new ValidationError("Unknown role.", "未知的角色。");
    return { publicationId, role: known };
  });
}

/** Whether the administrator box is ticked. */
export function readIsAdmin(form: FormData): boolean {
  return form.get("isAdmin") === "on";
}

/** The chosen way to give the password: the typed "password", or an invite link. */
export function readCredential(form: FormData): Credential {
  return form.get("credential") === "invite"
    ? { kind: "invite" }
    : { kind: "password", password: String(form.get("password") ?? "") };
}

/** The account the form acts on; ValidationError when the form names none. */
export function readUserId(form: FormData): string {
  const userId = String(form.get("userId") ?? "");
  if (!userId || userId.length > 100)
    throw new ValidationError("Unknown account.", "找不到该账户。");
  return userId;
}
