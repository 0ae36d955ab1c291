// What one desk save sends (POST /api/articles/:id/save) besides the text,
// and how the extras of saves that could not go out yet add up. Pure.
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import type { SaveReason } from "@/lib/articles/revision-reasons";
import type { SaveRequest } from "@/lib/articles/save-article";

/** What a save carries besides the text: the reason for the history, verdicts on repairs, dismissed suggestions. */
export interface SaveExtras {
  reason?: SaveReason;
  detail?: string;
  repairDecisions?: NonNullable<SaveRequest["repairDecisions"]>;
  dismissSuggestions?: string[];
}

/**
 * The extras of two saves as one: the later reason and detail win, verdicts
 * and dismissals of both are kept. Without `a`, `b` itself.
 */
export function combineExtras(a: SaveExtras | null, b: SaveExtras): SaveExtras {
  if (!a) return b;
  return {
    reason: b.reason ?? a.reason,
    detail: b.detail ?? a.detail,
    repairDecisions: [
      ...(a.repairDecisions ?? []),
      ...(b.repairDecisions ?? []),
    ],
    dismissSuggestions: [
      ...(a.dismissSuggestions ?? []),
      ...(b.dismissSuggestions ?? []),
    ],
  };
}

/** The request body for saving `snapshot` on top of `baseVersion`; a save without a reason is an autosave. */
export function saveRequest(
  baseVersion: number,
  sessionId: string,
  extras: SaveExtras | null,
  snapshot: ArticleSnapshot,
): SaveRequest {
  return {
    baseVersion,
    snapshot,
    sessionId,
    reason: extras?.reason ?? "autosave",
    ...(extras?.detail ? { detail: extras.detail } : {}),
    ...(extras?.repairDecisions?.length
      ? { repairDecisions: extras.repairDecisions }
      : {}),
    ...(extras?.dismissSuggestions?.length
      ? { dismissSuggestions: extras.dismissSuggestions }
      : {}),
  };
}
