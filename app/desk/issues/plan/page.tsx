import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { PagePlanForm } from "@/components/issues/page-plan-form";
import { authorizePage, requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { findPublication } from "@/lib/issues/find-publication";
import { readPagePlan } from "@/lib/issues/page-plan";

export const dynamic = "force-dynamic";

/** 默认版面计划: the pages a new issue starts with (the chief editor, or an administrator). */
export default async function PagePlanPage() {
  const user = await requireUser("publication.manage");
  const [publication, t] = await Promise.all([
    findPublication(db(), null),
    getTranslations("desk"),
  ]);
  authorizePage(user, "publication.manage", {
    kind: "publication",
    publicationId: publication.id,
  });
  return (
    <>
      <p>
        <Link href="/desk">← {t("title")}</Link>
      </p>
      <h1>
        {publication.name} · {t("plan.title")}
      </h1>
      <p className="muted">{t("plan.intro")}</p>
      <PagePlanForm
        publicationId={publication.id}
        plan={readPagePlan(publication.pagePlan)}
      />
    </>
  );
}
