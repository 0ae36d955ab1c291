"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { toUserMessage, ValidationError } from "@/lib/errors";
import { createIssue } from "@/lib/issues/create-issue";
import { findPublication } from "@/lib/issues/find-publication";

export interface CreateIssueState {
  error: string | null;
}

/**
 * The new-issue form's action: reads the form's own fields (date, 期号, the
 * ticked plan pages), creates the issue and opens its layout board. Next.js
 * checks the Origin of server actions itself.
 */
export async function createIssueAction(
  _state: CreateIssueState,
  form: FormData,
): Promise<CreateIssueState> {
  let issueId: string;
  try {
    const user = await requirePermission("issue.create");
    const publication = await findPublication(
      db(),
      String(form.get("publicationId") ?? "") || null,
    );
    const number = String(form.get("number") ?? "").trim();
    const pages = form.getAll("pages").map((p) => Number(p));
    const date = String(form.get("date") ?? "");
    if (!date)
      throw new ValidationError(
        "Enter the publication date.",
        "请填写出版日期。",
      );
    if (pages.length === 0)
      throw new ValidationError(
        "Choose at least one page.",
        "请至少选择一个版面。",
      );
    if (number !== "" && !/^\d{1,7}$/.test(number))
      throw new ValidationError(
        "The issue number is a whole number.",
        "期号须为正整数。",
      );
    ({ issueId } = await createIssue(
      db(),
      {
        publicationId: publication.id,
        date,
        number: number === "" ? null : Number(number),
        pages,
      },
      user.id,
    ));
  } catch (error) {
    return { error: toUserMessage(error, await getLocale()) };
  }
  redirect(`/desk/issues/${issueId}/board`);
}
