"use server";

import { publicFormAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { acceptInvite } from "@/lib/users/accept-invite";

export interface AcceptInviteState {
  error: string | null;
  /** Set once the password is set: the email to sign in with. */
  email: string | null;
}

/**
 * The invited user sets their password: public, since they cannot sign in
 * yet; the one-time token in the form is what grants it (lib/users/accept-invite.ts).
 */
export const acceptInviteAction = publicFormAction<AcceptInviteState>({
  failed: (error) => ({ error, email: null }),
  async run(form) {
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirmPassword") ?? ""))
      throw new ValidationError(
        "The two passwords are not the same.",
        "两次输入的密码不一致。",
      );
    const { email } = await acceptInvite(db(), {
      token: String(form.get("token") ?? ""),
      password,
    });
    return { error: null, email };
  },
});
