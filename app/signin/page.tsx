import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { SignInForm } from "@/components/auth/sign-in-form";
import { PublicTopbar } from "@/components/layout/public-topbar";
import { currentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await currentUser()) redirect("/desk");
  const t = await getTranslations("signIn");
  return (
    <>
      <PublicTopbar />
      <main className="narrow">
        <h1>{t("title")}</h1>
        <SignInForm />
      </main>
    </>
  );
}
