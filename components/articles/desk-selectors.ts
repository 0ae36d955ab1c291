// What the desk derives from its state: whether this tab may save and take
// input, what the save indicator says, which stored version a reader tab
// should follow. Pure, beside the reducer (desk-state.ts).
import type { DeskState, SaveState } from "./desk-state";

/** What the desk does not change by itself: the user's permission, and whether the article was merged away. */
export interface DeskAccess {
  canEdit: boolean;
  mergedAway: boolean;
}

export const isTakenOver = (s: DeskState): boolean =>
  Boolean(s.presence?.takenOverBy);
export const isHolding = (s: DeskState): boolean =>
  s.presence ? s.presence.holding : false;

/** This tab may send saves: one tab edits at a time, and only an editor of a live article. */
export const maySave = (s: DeskState, access: DeskAccess): boolean =>
  access.canEdit && isHolding(s) && !isTakenOver(s) && !access.mergedAway;

/** The fields and the body take input (and not before hydration, nor during a conflict). */
export const isEditable = (
  s: DeskState,
  access: DeskAccess,
  hydrated: boolean,
): boolean => hydrated && maySave(s, access) && s.saveState !== "conflict";

export const shownSaveState = (s: DeskState, canEdit: boolean): SaveState =>
  s.presence && !s.presence.holding && canEdit ? "readonly" : s.saveState;

/** The stored version a tab that does not hold the article should show; null while it holds it. */
export const readerVersion = (s: DeskState): number | null =>
  s.presence && !s.presence.holding ? s.presence.version : null;
