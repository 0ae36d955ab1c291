"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { issueResource } from "@/lib/auth/locate-resource";
import { db } from "@/lib/db/client";
import { MalformedRequestError, ValidationError } from "@/lib/errors";
import {
  signPage,
  signRequestSchema,
  withdrawRequestSchema,
  withdrawSignOff,
} from "@/lib/review/sign-page";

export interface ReviewState {
  error: string | null;
  done: "signed" | "issue-signed-off" | "withdrawn" | null;
}

const failed = (error: string): ReviewState => ({ error, done: null });

function fields(form: FormData, names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "")]));
}

function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new MalformedRequestError(
      "The form is incomplete; reload the page.",
      "表单内容不完整，请刷新页面。",
    );
  return parsed.data;
}

/** 签: one step of the chain on one page; who may sign which step is the chain's rule, checked in lib/review. */
export const signPageAction = formAction<ReviewState>({
  access: { action: "issue.sign", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = String(form.get("issueId") ?? "");
    authorize(await issueResource(db(), issueId));
    const request = parse(
      signRequestSchema,
      fields(form, ["pageId", "step", "stateKey"]),
    );
    const { issueSignedOff } = await signPage(db(), {
      issueId,
      userId: user.id,
      ...request,
    });
    revalidatePath(`/desk/issues/${issueId}`);
    return {
      error: null,
      done: issueSignedOff ? "issue-signed-off" : "signed",
    };
  },
});

/** 撤回签字: by the signer or a chief editor, with a reason. */
export const withdrawSignOffAction = formAction<ReviewState>({
  access: { action: "issue.sign", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = String(form.get("issueId") ?? "");
    authorize(await issueResource(db(), issueId));
    if (String(form.get("reason") ?? "").trim().length < 4)
      throw new ValidationError(
        "Give a reason of at least 4 characters.",
        "请写明原因（至少 4 个字）。",
      );
    const request = parse(
      withdrawRequestSchema,
      fields(form, ["signOffId", "reason"]),
    );
    await withdrawSignOff(db(), { issueId, userId: user.id, ...request });
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: "withdrawn" };
  },
});
