import { getTranslations } from "next-intl/server";

import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listIssues } from "@/lib/issues/list-issues";

export default async function ImportPage() {
  const user = await requireUser();
  const t = await getTranslations();
  if (!hasPermission(user.role, "issue.import")) {
    return <p className="error">{t("nav.import")}: 403</p>;
  }
  const issues = await listIssues(db(), { take: 30 });
  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="muted">{t("import.intro")}</p>
      <ImportForm issues={issues.map((i) => ({ id: i.id, date: i.date, label: `${i.publication} ${i.date}` }))} />
    </>
  );
}
