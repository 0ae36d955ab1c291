import { ReaderPageView } from "@/app/e/_reader/reader-views";

export const dynamic = "force-dynamic";

export default async function Page({
  params,
}: {
  params: Promise<{ paper: string; date: string; page: string }>;
}) {
  return <ReaderPageView mode="live" params={await params} />;
}
