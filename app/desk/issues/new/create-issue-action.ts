"use server";

import { redirect } from "next/navigation";

import { formAction } from "@/lib/auth/form-action";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { createIssue } from "@/lib/issues/create-issue";
import { findPublication } from "@/lib/issues/find-publication";

export interface CreateIssueState {
  error: string | null;
}

/**
 * The new-issue form's action: reads the form's own fields (the paper, date,
 * 期号, the ticked plan pages), creates the issue and opens its layout board.
 */
export const createIssueAction = formAction<CreateIssueState>({
  access: { action: "issue.create", on: "publication" },
  failed: (error) => ({ error }),
  async run({ user, authorize }, form) {
    const publication = await findPublication(
      db(),
      String(form.get("publicationId") ?? "") || null,
    );
    authorize({ kind: "publication", publicationId: publication.id });
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
    const { issueId } = await createIssue(
      db(),
      {
        publicationId: publication.id,
        date,
        number: number === "" ? null : Number(number),
        pages,
      },
      user.id,
    );
    redirect(`/desk/issues/${issueId}/board`);
  },
});
