import { ReaderIssueView } from "@/app/e/_reader/reader-views";

export const dynamic = "force-dynamic";

export default async function Page({
  params,
}: {
  params: Promise<{ paper: string; date: string }>;
}) {
  return <ReaderIssueView mode="live" params={await params} />;
}
