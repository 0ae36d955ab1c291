import { getTranslations } from "next-intl/server";

import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/current-user";
import { publicationsWhere } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listIssues } from "@/lib/issues/list-issues";

export default async function ImportPage() {
  const user = await requireUser("issue.import");
  const papers = publicationsWhere(user, "issue.import");
  const t = await getTranslations();
  const [issues, publications] = await Promise.all([
    listIssues(db(), { take: 30, publicationIds: papers }),
    db().publication.findMany({
      where: papers === "all" ? {} : { id: { in: papers } },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="muted">{t("import.intro")}</p>
      <ImportForm
        publications={publications}
        issues={issues.map((i) => ({
          id: i.id,
          label: `${i.publication} ${i.date}`,
        }))}
      />
    </>
  );
}
