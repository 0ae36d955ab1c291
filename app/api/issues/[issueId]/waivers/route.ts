import { readJson } from "@/app/api/articles/_http/read-json";
import { respondWithError } from "@/app/api/articles/_http/respond-with-error";
import type { RouteParams } from "@/app/api/articles/_http/route-params";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  unwaiveFinding,
  unwaiveFindingSchema,
  waiveFinding,
  waiveFindingSchema,
} from "@/lib/layout/validation/waive-finding";

export const dynamic = "force-dynamic";

type Params = RouteParams<{ issueId: string }>;

/** POST /api/issues/:issueId/waivers { finding, reason } → { finding }. 400 for a finding the issue does not have. */
export async function POST(request: Request, { params }: Params) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, waiveFindingSchema);
    const { issueId } = await params;
    return Response.json(await waiveFinding(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}

/** DELETE /api/issues/:issueId/waivers { finding } → { finding }: the waiver is taken back. */
export async function DELETE(request: Request, { params }: Params) {
  try {
    const user = await requirePermission("layout.edit");
    refuseCrossOrigin(request);
    const body = await readJson(request, unwaiveFindingSchema);
    const { issueId } = await params;
    return Response.json(await unwaiveFinding(db(), issueId, body, user.id));
  } catch (error) {
    return respondWithError(error);
  }
}
