"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { setUserActive } from "@/lib/users/set-user-active";

import {
  type AccountFormState,
  doneState,
  failedState,
} from "../account-form-state";
import { readUserId } from "../user-form";

/** 停用 / 恢复 an account: a deactivated one is signed out everywhere at once. */
export const setActiveAction = formAction<AccountFormState>({
  access: { action: "user.manage", on: "installation" },
  failed: failedState,
  async run({ user }, form) {
    const userId = readUserId(form);
    await setUserActive(
      db(),
      { userId, active: form.get("active") === "1" },
      user.id,
    );
    revalidatePath("/desk/users");
    return doneState(null);
  },
});
