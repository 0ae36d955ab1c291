"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { pagePlanSchema } from "@/lib/issues/page-plan";
import { updatePagePlan } from "@/lib/issues/update-page-plan";

export interface PagePlanState {
  error: string | null;
  saved: boolean;
}

/**
 * The page-plan form's action (publication.manage on the paper: its chief
 * editor, or an administrator). Rows come as parallel number/name/capacity
 * fields, in the order the form shows them.
 */
export const updatePagePlanAction = formAction<PagePlanState>({
  access: { action: "publication.manage", on: "publication" },
  failed: (error) => ({ error, saved: false }),
  async run({ user, authorize }, form) {
    const publicationId = String(form.get("publicationId") ?? "");
    authorize({ kind: "publication", publicationId });
    const numbers = form.getAll("number").map(String);
    const names = form.getAll("name").map(String);
    const capacities = form.getAll("capacity").map(String);
    const parsed = pagePlanSchema.safeParse(
      numbers.map((n, i) => ({
        number: Number(n),
        name: names[i]?.trim() || null,
        capacity: capacities[i]?.trim() ? Number(capacities[i]) : null,
      })),
    );
    if (!parsed.success) {
      throw new ValidationError(
        "Each page needs a number from 1 to 999 (each once), a section of at most 20 characters and a whole capacity.",
        "每一版需要 1–999 的版次（不能重复）、不超过 20 字的版名和整数容量。",
      );
    }
    await updatePagePlan(db(), publicationId, parsed.data, user.id);
    revalidatePath("/desk/issues/new");
    return { error: null, saved: true };
  },
});
