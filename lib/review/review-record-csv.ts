// The review record (审签记录) as spreadsheet rows: one per signature,
// revoked ones included, times on the paper's clock.
import { formatLocalDateTime } from "@/lib/i18n/local-time";

import type { SignOffRecord } from "./read-review";

const CAUSES: Record<string, string> = {
  CONTENT: "稿件改动 article changed",
  LAYOUT: "版面改动 layout changed",
  WITHDRAWN: "撤回 withdrawn",
  REOPENED: "撤签 reopened",
};

/** Header row then one row per sign-off; `timeZone` is the paper's (IANA). */
export function reviewRecordRows(
  records: readonly SignOffRecord[],
  timeZone: string,
): string[][] {
  const header = [
    "版 page",
    "步骤 step",
    "签字人 signed by",
    "签字时间 signed at",
    "签时稿件版本 versions signed",
    "撤销时间 revoked at",
    "撤销原因 cause",
    "说明 reason",
    "撤销人 revoked by",
  ];
  return [
    header,
    ...records.map((r) => [
      String(r.pageNumber),
      r.stepLabel,
      r.signer ?? "",
      formatLocalDateTime(r.signedAt, timeZone),
      r.versions.map((v) => `${v.headline} v${v.version}`).join("; "),
      r.revokedAt ? formatLocalDateTime(r.revokedAt, timeZone) : "",
      r.revokedCause ? (CAUSES[r.revokedCause] ?? r.revokedCause) : "",
      r.revokedReason ?? "",
      r.revokedBy ?? "",
    ]),
  ];
}
