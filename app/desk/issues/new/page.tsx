import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { CreateIssueForm } from "@/components/issues/create-issue-form";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { findPublication } from "@/lib/issues/find-publication";
import { readPagePlan } from "@/lib/issues/page-plan";

export const dynamic = "force-dynamic";

/** 新建报纸期次: date, 期号 and the pages of the publication's default plan. */
export default async function NewIssuePage() {
  await requireUser("issue.create");
  const [publication, t] = await Promise.all([
    findPublication(db(), null),
    getTranslations("desk"),
  ]);
  return (
    <>
      <p>
        <Link href="/desk">← {t("title")}</Link>
      </p>
      <h1>{t("create.title")}</h1>
      <p className="muted">{t("create.intro")}</p>
      <CreateIssueForm
        publicationId={publication.id}
        plan={readPagePlan(publication.pagePlan)}
      />
    </>
  );
}
