import "./globals.css";

import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { HydrationMarker } from "@/components/hydration/hydration-marker";

export const metadata: Metadata = {
  title: "Folio",
  description: "平湖日报编辑系统",
};

export default async function RootLayout({
  children,
}: {
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          {children}
          <HydrationMarker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
