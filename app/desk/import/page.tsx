import { getTranslations } from "next-intl/server";

import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listIssues } from "@/lib/issues/list-issues";

export default async function ImportPage() {
  await requireUser("issue.import");
  const t = await getTranslations();
  const [issues, publications] = await Promise.all([
    listIssues(db(), { take: 30 }),
    db().publication.findMany({
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
