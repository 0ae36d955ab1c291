"use client";

// Keeps the issue page current while others work: a sign-off given,
// withdrawn or revoked (issue.review) or a status change (issue.status),
// made through any app server, re-renders the page's server components
// (the review grid 审签, the status line, the publishing controls).
import { useRouter } from "next/navigation";

import { useIssueEvents } from "@/components/live/use-issue-events";

export function LiveRefresh({ issueId }: { issueId: string }) {
  const router = useRouter();
  const connected = useIssueEvents(issueId, {
    onMessage(message) {
      if (
        message.type === "issue.review" ||
        message.type === "issue.status" ||
        message.type === "resync"
      )
        router.refresh();
    },
    // Back after the stream was down: what changed meanwhile was not heard.
    onOpen(first) {
      if (!first) router.refresh();
    },
  });
  return (
    <span hidden data-testid="live" data-live={connected ? "on" : "off"} />
  );
}
