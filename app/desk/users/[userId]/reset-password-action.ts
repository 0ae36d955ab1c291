"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { resetPassword } from "@/lib/users/reset-password";

import {
  type AccountFormState,
  doneState,
  failedState,
} from "../account-form-state";
import { readCredential, readUserId } from "../user-form";

/** 重置密码: a typed password or a new invite link (shown once); the account's sessions end. */
export const resetPasswordAction = formAction<AccountFormState>({
  access: { action: "user.manage", on: "installation" },
  failed: failedState,
  async run({ user }, form) {
    const { invite } = await resetPassword(
      db(),
      { userId: readUserId(form), credential: readCredential(form) },
      user.id,
    );
    revalidatePath("/desk/users");
    return doneState(invite);
  },
});
