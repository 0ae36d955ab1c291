// The validation report of an issue: its findings, each with the waiver an
// editor gave it (if any); the issue may go to review when every finding is
// waived. Pure, from an IssueLayout.
import type { IssueLayout, LayoutWaiver } from "../layout-types";
import type { Finding } from "./finding";
import { validateLayout } from "./validate-layout";

export interface ReportedFinding extends Finding {
  waiver: Omit<LayoutWaiver, "finding"> | null;
}

export interface ValidationReport {
  findings: ReportedFinding[];
  /** Findings not waived: the issue goes to review when this is 0. */
  open: number;
  waived: number;
}

/** The report for a layout: findings in checklist order, waivers attached by finding key. */
export function reportOf(layout: IssueLayout): ValidationReport {
  const waivers = new Map(layout.waivers.map((w) => [w.finding, w]));
  const findings = validateLayout(layout).map((f): ReportedFinding => {
    const w = waivers.get(f.key);
    return {
      ...f,
      waiver: w
        ? { reason: w.reason, waivedBy: w.waivedBy, createdAt: w.createdAt }
        : null,
    };
  });
  const waived = findings.filter((f) => f.waiver).length;
  return { findings, open: findings.length - waived, waived };
}
