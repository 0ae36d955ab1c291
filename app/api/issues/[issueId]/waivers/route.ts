import { readJson } from "@/app/api/articles/_http/read-json";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import {
  unwaiveFinding,
  unwaiveFindingSchema,
  waiveFinding,
  waiveFindingSchema,
} from "@/lib/layout/validation/waive-finding";

export const dynamic = "force-dynamic";

/** POST /api/issues/:issueId/waivers { finding, reason } → { finding }. 400 for a finding the issue does not have. */
export const POST = routeHandler<{ issueId: string }>({
  // A waiver is a reviewer's act, not the submitter's (issue 15).
  access: { action: "layout.waive", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, waiveFindingSchema);
    return Response.json(
      await waiveFinding(db(), params.issueId, body, user.id),
    );
  },
});

/** DELETE /api/issues/:issueId/waivers { finding } → { finding }: the waiver is taken back. */
export const DELETE = routeHandler<{ issueId: string }>({
  // A waiver is a reviewer's act, not the submitter's (issue 15).
  access: { action: "layout.waive", on: "issue" },
  async run({ request, params, user }) {
    const body = await readJson(request, unwaiveFindingSchema);
    return Response.json(
      await unwaiveFinding(db(), params.issueId, body, user.id),
    );
  },
});
