"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";

import { retireLearnedPair } from "@/lib/articles/learned/retire-learned-pair";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { toUserMessage, ValidationError } from "@/lib/errors";

export interface RetireState {
  error: string | null;
  /** What the server now holds, once it answered. */
  retired: boolean | null;
}

const retireFormSchema = z.object({
  pairId: z.string().min(1).max(100),
  retire: z.enum(["1", "0"]),
});

/** 停用 / 恢复 of one learned correction (editors: learned.manage, checked here). */
export async function retireLearnedPairAction(
  _state: RetireState,
  form: FormData,
): Promise<RetireState> {
  try {
    const user = await requirePermission("learned.manage");
    const parsed = retireFormSchema.safeParse({
      pairId: form.get("pairId"),
      retire: form.get("retire"),
    });
    if (!parsed.success)
      throw new ValidationError(
        "Unknown learned correction.",
        "找不到这条学到的更正。",
      );
    const retire = parsed.data.retire === "1";
    await retireLearnedPair(db(), {
      pairId: parsed.data.pairId,
      retire,
      userId: user.id,
    });
    revalidatePath("/desk/learned");
    return { error: null, retired: retire };
  } catch (error) {
    return { error: toUserMessage(error, await getLocale()), retired: null };
  }
}
