"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { MalformedRequestError } from "@/lib/errors";
import { setReviewChain } from "@/lib/review/set-review-chain";

export interface ReviewChainState {
  error: string | null;
  saved: boolean;
}

/**
 * The review-chain form's action (publication.manage on the paper: its
 * chief editor, or an administrator). The chain comes as one JSON field,
 * validated by lib/review (reviewChainSchema).
 */
export const setReviewChainAction = formAction<ReviewChainState>({
  access: { action: "publication.manage", on: "publication" },
  failed: (error) => ({ error, saved: false }),
  async run({ user, authorize }, form) {
    const publicationId = String(form.get("publicationId") ?? "");
    authorize({ kind: "publication", publicationId });
    let chain: unknown;
    try {
      chain = JSON.parse(String(form.get("chain") ?? ""));
    } catch {
      throw new MalformedRequestError(
        "The form is incomplete; reload the page.",
        "表单内容不完整，请刷新页面。",
      );
    }
    await setReviewChain(db(), { publicationId, userId: user.id, chain });
    revalidatePath("/desk/review-chain");
    return { error: null, saved: true };
  },
});
