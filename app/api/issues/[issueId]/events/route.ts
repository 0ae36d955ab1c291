import { routeHandler } from "@/lib/auth/route-handler";
import { TooManyRequestsError } from "@/lib/errors";
import { openIssueStream } from "@/lib/events/issue-event-stream";
import { eventBus } from "@/lib/events/process-bus";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/events → text/event-stream of the issue's events
 * (lib/events/issue-event-stream.ts): open boards, desks and issue pages
 * follow it. 429 beyond the per-user cap of open streams on this server.
 */
export const GET = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params, request, user }) {
    const bus = eventBus();
    await bus.ready;
    const response = openIssueStream({
      bus,
      issueId: params.issueId,
      userId: user.id,
      signal: request.signal,
    });
    if (!response)
      throw new TooManyRequestsError(
        "Too many live views are open for this account; close some tabs.",
        "此账号打开的实时页面过多，请关闭一些标签页。",
      );
    return response;
  },
});
