"use server";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export interface ChangePasswordState {
  error: string | null;
  /** The password was changed: the browser signs in again with the new one. */
  changed: boolean;
}

/**
 * 修改密码 of the signed-in user, with their current password. Their
 * sessions end, this one too: the form signs in again with the new password.
 */
export const changePasswordAction = formAction<ChangePasswordState>({
  access: { on: "signed-in" },
  failed: (error) => ({ error, changed: false }),
  async run({ user }, form) {
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? ""))
      throw new ValidationError(
        "The two new passwords are not the same.",
        "两次输入的新密码不一致。",
      );
    await changeOwnPassword(db(), {
      userId: user.id,
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword,
    });
    return { error: null, changed: true };
  },
});
