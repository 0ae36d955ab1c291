// The 404 page in the interface language (Next.js's own is English only).
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown for an unknown address and wherever a page calls notFound(). */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("explain")}</p>
      <Link href="/desk">{t("back")}</Link>
    </main>
  );
}
