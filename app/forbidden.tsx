import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("explain")}</p>
      <Link href="/desk">{t("back")}</Link>
    </main>
  );
}
