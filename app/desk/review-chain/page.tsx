import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ReviewChainForm } from "@/components/review/review-chain-form";
import { authorizePage, requireUser } from "@/lib/auth/current-user";
import { publicationsWhere } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { chainOf } from "@/lib/review/review-chain";

export const dynamic = "force-dynamic";

/** 审签流程: the steps every page of the paper is signed through (the chief editor, or an administrator). */
export default async function ReviewChainPage({
  searchParams,
}: {
  searchParams: Promise<{ paper?: string }>;
}) {
  const user = await requireUser("publication.manage");
  const { paper } = await searchParams;
  const managed = publicationsWhere(user, "publication.manage");
  const [papers, t, tDesk] = await Promise.all([
    db().publication.findMany({
      where: managed === "all" ? {} : { id: { in: managed } },
      orderBy: { createdAt: "asc" },
      select: { id: true, slug: true, name: true, reviewChain: true },
    }),
    getTranslations("review"),
    getTranslations("desk"),
  ]);
  const publication = papers.find((p) => p.slug === paper) ?? papers[0];
  if (!publication) notFound();
  authorizePage(user, "publication.manage", {
    kind: "publication",
    publicationId: publication.id,
  });
  return (
    <>
      <p>
        <Link href="/desk">← {tDesk("title")}</Link>
      </p>
      <h1>
        {publication.name} · {t("chainTitle")}
      </h1>
      {papers.length > 1 && (
        <p className="desk-bar">
          {papers.map((p) => (
            <Link
              key={p.id}
              href={`/desk/review-chain?paper=${p.slug}`}
              aria-current={p.id === publication.id ? "page" : undefined}
            >
              {p.name}
            </Link>
          ))}
        </p>
      )}
      <p className="muted">{t("chainIntro")}</p>
      <ReviewChainForm
        publicationId={publication.id}
        chain={chainOf(publication.reviewChain)}
      />
    </>
  );
}
