"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";

import {
  type AccountFormState,
  doneState,
  failedState,
} from "./account-form-state";
import { readCredential, readIsAdmin, readMemberships } from "./user-form";

/** 新建用户: the account, its roles per paper, and a first password or an invite link shown once. */
export const createUserAction = formAction<AccountFormState>({
  access: { action: "user.manage", on: "installation" },
  failed: failedState,
  async run({ user }, form) {
    const { invite } = await createUser(
      db(),
      {
        email: String(form.get("email") ?? ""),
        name: String(form.get("name") ?? ""),
        isAdmin: readIsAdmin(form),
        memberships: readMemberships(form),
        credential: readCredential(form),
      },
      user.id,
    );
    revalidatePath("/desk/users");
    return doneState(invite);
  },
});
