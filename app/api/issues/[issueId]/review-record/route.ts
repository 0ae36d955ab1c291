import { issueNotFound } from "@/lib/articles/not-found-error";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { csvDocument, csvResponse } from "@/lib/http/csv";
import { readSignOffRecord } from "@/lib/review/read-review";
import { reviewRecordRows } from "@/lib/review/review-record-csv";

export const dynamic = "force-dynamic";

/**
 * GET /api/issues/:issueId/review-record → text/csv (UTF-8 with BOM): the
 * issue's 审签记录, one row per signature, revoked ones included.
 */
export const GET = routeHandler<{ issueId: string }>({
  access: { action: "issue.view", on: "issue" },
  async run({ params }) {
    const issue = await db().issue.findUnique({
      where: { id: params.issueId },
      select: {
        date: true,
        publication: { select: { slug: true, timezone: true } },
      },
    });
    if (!issue) throw issueNotFound();
    const records = await readSignOffRecord(db(), params.issueId);
    const date = issue.date.toISOString().slice(0, 10);
    return csvResponse(
      csvDocument(reviewRecordRows(records, issue.publication.timezone)),
      `${issue.publication.slug}-${date}-审签记录.csv`,
    );
  },
});
