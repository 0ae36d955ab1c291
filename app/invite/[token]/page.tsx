import { getTranslations } from "next-intl/server";

import { PublicTopbar } from "@/components/layout/public-topbar";
import { AcceptInviteForm } from "@/components/users/accept-invite-form";
import { db } from "@/lib/db/client";
import { lookUpInvite } from "@/lib/users/accept-invite";

export const dynamic = "force-dynamic";

/**
 * The invite link's page (public: the user cannot sign in yet): the form to
 * set a password while the link is valid, else why it is not.
 */
export default async function InvitePage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const [invite, t] = await Promise.all([
    lookUpInvite(db(), token),
    getTranslations("invite"),
  ]);
  return (
    <>
      <PublicTopbar />
      <main className="narrow">
        <h1>{t("title")}</h1>
        {invite.status === "valid" ? (
          <>
            <p>{t("intro", { name: invite.name, email: invite.email })}</p>
            <AcceptInviteForm token={token} />
          </>
        ) : (
          <p role="alert" className="error" data-testid="invite-refused">
            {t(invite.status)}
          </p>
        )}
      </main>
    </>
  );
}
