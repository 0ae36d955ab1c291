"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { setMemberships } from "@/lib/users/set-memberships";

import {
  type AccountFormState,
  doneState,
  failedState,
} from "../account-form-state";
import { readIsAdmin, readMemberships, readUserId } from "../user-form";

/** 角色: administrator or not, and the roles per paper, replaced as the form shows them. */
export const setRolesAction = formAction<AccountFormState>({
  access: { action: "user.manage", on: "installation" },
  failed: failedState,
  async run({ user }, form) {
    const userId = readUserId(form);
    await setMemberships(
      db(),
      {
        userId,
        isAdmin: readIsAdmin(form),
        memberships: readMemberships(form),
      },
      user.id,
    );
    revalidatePath("/desk/users");
    return doneState(null);
  },
});
