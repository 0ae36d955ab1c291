import { getLocale, getTranslations } from "next-intl/server";

import { setLocale } from "@/app/actions/set-locale";

export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={setLocale}>
      <input
        type="hidden"
        name="locale"
        value={locale === "en" ? "zh-CN" : "en"}
      />
      <button type="submit" className="linkish" data-testid="locale-switch">
        {t("language")}
      </button>
    </form>
  );
}
