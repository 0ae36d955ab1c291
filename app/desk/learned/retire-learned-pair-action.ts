"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { retireLearnedPair } from "@/lib/articles/learned/retire-learned-pair";
import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

export interface RetireState {
  error: string | null;
  /** What the server now holds, once it answered. */
  retired: boolean | null;
}

const retireFormSchema = z.object({
  pairId: z.string().min(1).max(100),
  retire: z.enum(["1", "0"]),
});

/** 停用 / 恢复 of one learned correction (learned.manage on the pair's paper). */
export const retireLearnedPairAction = formAction<RetireState>({
  access: { action: "learned.manage", on: "publication" },
  failed: (error) => ({ error, retired: null }),
  async run({ user, authorize }, form) {
    const parsed = retireFormSchema.safeParse({
      pairId: form.get("pairId"),
      retire: form.get("retire"),
    });
    const pair = parsed.success
      ? await db().learnedPair.findUnique({
          where: { id: parsed.data.pairId },
          select: { publicationId: true },
        })
      : null;
    if (!parsed.success || !pair)
      throw new ValidationError(
        "Unknown learned correction.",
        "找不到这条学到的更正。",
      );
    authorize({ kind: "publication", publicationId: pair.publicationId });
    const retire = parsed.data.retire === "1";
    await retireLearnedPair(db(), {
      pairId: parsed.data.pairId,
      retire,
      userId: user.id,
    });
    revalidatePath("/desk/learned");
    return { error: null, retired: retire };
  },
});
