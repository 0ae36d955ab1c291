// The correction desk's state as one pure reducer: the article as the fields
// and the editor show it, what the server stores and at which version, the
// save under way, a conflict, who holds the article, the article's status
// and what the server found in the text. No React and no requests here: the
// desk and its save queue dispatch these actions and run the effects.
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";
import {
  type MergedChange,
  mergeSnapshots,
  resolveConflicts,
} from "@/lib/articles/merge/merge-snapshots";
import type { PresenceState } from "@/lib/articles/presence";
import type { ArticleWritten, SaveConflict } from "@/lib/articles/save-article";
import { snapshotsEqual } from "@/lib/articles/snapshots-equal";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import type { DeskRepair, DeskSuggestion } from "./desk-types";
import { combineExtras, type SaveExtras } from "./save-request";

/** The article's fields without the body. */
export type Header = Omit<ArticleSnapshot, "body">;
export type SaveStatus =
  "saved" | "saving" | "unsaved" | "retrying" | "conflict" | "error";
/** What the save indicator shows: a tab that does not hold the article is read only. */
export type SaveState = SaveStatus | "readonly";
export type ArticleStatus = ArticleForEditor["status"];
/** The article as the server sends it to a desk that opens or follows it. */
export type StoredArticle = Pick<
  ArticleForEditor,
  "snapshot" | "version" | "suggestions" | "repairs"
>;

export interface DeskState {
  /** The fields as shown: bylines as typed, a new empty row included. */
  header: Header;
  /** The body as the editor holds it. */
  body: ArticleDoc;
  /** What the next save sends: the header with cleaned bylines, and the body. */
  local: ArticleSnapshot;
  /** Counts the times the text came from elsewhere than typing (the server, a draft, a resolution): the editor must show `body`. */
  shown: number;
  /** What the server stores at `baseVersion`. */
  saved: ArticleSnapshot;
  /** The stored version the edits are based on; every save names it. */
  baseVersion: number;
  /** The version the desk opened on: a revision past it means the article was edited. */
  openedVersion: number;
  /** A revision was written since the desk opened (the server then moved 待校 to 校对中). */
  edited: boolean;
  saveState: SaveStatus;
  /** Why the server refused the last save ("signIn" when the session is gone). */
  error: string | null;
  /** The server refused what was sent: nothing goes out until an edit (after a conflict: a resolution). */
  blocked: boolean;
  /** Failed attempts in a row, for the backoff. */
  attempt: number;
  /** Reasons, verdicts and dismissals waiting for the next save. */
  pending: SaveExtras | null;
  /** Someone changed the same place: their version, the base, and what this tab had. */
  conflict: (SaveConflict & { mine: ArticleSnapshot }) | null;
  /** What the last merged save took from each side, until dismissed. */
  merged: MergedChange[] | null;
  notice: "verdictsDropped" | null;
  /** The server's suggestions and repairs, placed in `body` (the text it last stored). */
  findings: {
    body: ArticleDoc;
    suggestions: DeskSuggestion[];
    repairs: DeskRepair[];
  };
  /** Bumped when the server wrote a revision: the history reloads. */
  historyKey: number;
  articleStatus: ArticleStatus;
  statusError: string | null;
  /** The last heartbeat's answer; null until the first. */
  presence: PresenceState | null;
  /** Another tab took over while this one had unsaved edits (kept in this browser). */
  unsavedKept: boolean;
}

type Choices = Record<string, "mine" | "theirs">;

export type DeskAction =
  /** The user changed fields or bylines. */
  | { type: "fieldsEdited"; patch: Partial<Header> }
  /** The editor's body changed; `echo` when it only shows what the desk told it to. */
  | { type: "bodyEdited"; body: ArticleDoc; echo: boolean }
  /** The desk changed fields and body at once (rejected repairs). */
  | { type: "snapshotEdited"; snapshot: ArticleSnapshot }
  /** A draft this browser kept from an earlier visit, based on `baseVersion`. */
  | { type: "draftRestored"; baseVersion: number; snapshot: ArticleSnapshot }
  | { type: "extrasQueued"; extras: SaveExtras }
  /** Nothing to send: the server has it all. */
  | { type: "saveSkipped" }
  /** Not sent (refused before, or this tab may not edit now): kept for later. */
  | { type: "saveHeld" }
  /** A request goes out with the pending extras. */
  | { type: "saveStarted" }
  | { type: "saveRefused"; extras: SaveExtras | null; error: string }
  /** No answer (network, 5xx): retried later. */
  | { type: "saveFailed"; extras: SaveExtras | null }
  | { type: "saveConflicted"; extras: SaveExtras | null; result: SaveConflict }
  /** Stored (perhaps merged with someone else's save); `sent` is what went out. */
  | { type: "saveConfirmed"; sent: ArticleSnapshot; result: ArticleWritten }
  | { type: "conflictResolved"; choices: Choices }
  /** The server rewrote the article (restore, split, merge or their undo): continue from it. */
  | { type: "continued"; written: ArticleWritten }
  /** Another tab holds the article: show what the server stores. */
  | { type: "yielded"; article: StoredArticle }
  | { type: "presenceSeen"; presence: PresenceState }
  | { type: "mergedDismissed" }
  | { type: "noticeDismissed" }
  /** The status is shown as chosen until the server answers. */
  | { type: "statusChosen"; status: ArticleStatus }
  | { type: "statusRefused"; previous: ArticleStatus; error: string }
  | { type: "statusConfirmed" };

const headerOf = ({ body: _body, ...header }: ArticleSnapshot): Header =>
  header;

/** Bylines as stored: names and labels trimmed, rows with neither left out. */
function cleanBylines(bylines: Header["bylines"]): Header["bylines"] {
  return bylines
    .map((b) => ({ ...b, label: b.label.trim(), name: b.name?.trim() || null }))
    .filter((b) => b.label !== "" || b.name !== null);
}

const compose = (header: Header, body: ArticleDoc): ArticleSnapshot => ({
  ...header,
  bylines: cleanBylines(header.bylines),
  body,
});

/** The article as the desk shows it, as a save would send it (bylines cleaned). */
export const deskSnapshot = (s: DeskState): ArticleSnapshot =>
  compose(s.header, s.body);

/** The desk as it opens on the stored article. */
export function initialDeskState(
  article: StoredArticle & { status: ArticleStatus },
): DeskState {
  const { snapshot } = article;
  return {
    header: headerOf(snapshot),
    body: snapshot.body,
    local: snapshot,
    shown: 0,
    saved: snapshot,
    baseVersion: article.version,
    openedVersion: article.version,
    edited: false,
    saveState: "saved",
    error: null,
    blocked: false,
    attempt: 0,
    pending: null,
    conflict: null,
    merged: null,
    notice: null,
    findings: {
      body: snapshot.body,
      suggestions: article.suggestions,
      repairs: article.repairs,
    },
    historyKey: 0,
    articleStatus: article.status,
    statusError: null,
    presence: null,
    unsavedKept: false,
  };
}

/** Edits differ from what the server stores. */
export const isDirty = (s: DeskState): boolean =>
  !snapshotsEqual(s.local, s.saved);

/** The text came from elsewhere than typing: fields, body and what is sent follow it. */
const show = (s: DeskState, snapshot: ArticleSnapshot): DeskState => ({
  ...s,
  header: headerOf(snapshot),
  body: snapshot.body,
  local: snapshot,
  shown: s.shown + 1,
});

/** After an edit: a refusal may be what the edit fixes (not a conflict: that waits for a resolution). */
function edited(s: DeskState, header: Header, body: ArticleDoc): DeskState {
  const local = compose(header, body);
  const unblock = s.blocked && !s.conflict;
  const next: DeskState = {
    ...s,
    header,
    body,
    local,
    ...(unblock ? { blocked: false, error: null } : {}),
  };
  if (!isDirty(next) || s.saveState === "conflict" || s.saveState === "error")
    return next;
  return { ...next, saveState: "unsaved" };
}

/** The server's snapshot and version as both what is shown and what is stored. */
const adopt = (s: DeskState, snapshot: ArticleSnapshot, version: number) =>
  show(
    {
      ...s,
      saved: snapshot,
      baseVersion: version,
      blocked: false,
      pending: null,
      conflict: null,
      error: null,
      saveState: "saved",
    },
    snapshot,
  );

/** A revision the server wrote: its findings, a history to reload, and the first edit moves 待校 to 校对中. */
function written(s: DeskState, w: ArticleWritten): DeskState {
  const next: DeskState = {
    ...s,
    findings: {
      body: w.snapshot.body,
      suggestions: w.suggestions,
      repairs: w.repairs,
    },
    historyKey: s.historyKey + 1,
  };
  if (w.version <= s.openedVersion || s.edited) return next;
  return {
    ...next,
    edited: true,
    articleStatus:
      s.articleStatus === "IMPORTED" ? "EDITING" : next.articleStatus,
  };
}

function confirmed(
  s: DeskState,
  sent: ArticleSnapshot,
  result: ArticleWritten,
): DeskState {
  let next: DeskState = {
    ...s,
    attempt: 0,
    error: null,
    saved: result.snapshot,
    baseVersion: result.version,
  };
  if (!snapshotsEqual(result.snapshot, sent)) {
    // Someone else's changes came back merged: fold in what was typed meanwhile.
    const shownNow = snapshotsEqual(s.local, sent)
      ? result.snapshot
      : mergeSnapshots(sent, result.snapshot, s.local).merged;
    next = show(next, shownNow);
  }
  if (result.status === "merged") next.merged = result.changes ?? [];
  next = written(next, result);
  next.saveState = !isDirty(next) && !next.pending ? "saved" : "unsaved";
  return next;
}

function resolved(s: DeskState, choices: Choices): DeskState {
  const { conflict } = s;
  if (!conflict) return s;
  const snapshot = resolveConflicts(
    conflict.base,
    conflict.theirs,
    conflict.mine,
    choices,
  );
  // Verdicts on repairs were made on text the resolution may not keep: they are not sent.
  const dropped = Boolean(s.pending?.repairDecisions?.length);
  return show(
    {
      ...s,
      saved: conflict.theirs,
      baseVersion: conflict.theirVersion,
      blocked: false,
      conflict: null,
      pending: {
        reason: "conflict.resolve",
        dismissSuggestions: s.pending?.dismissSuggestions,
      },
      notice: dropped ? "verdictsDropped" : s.notice,
    },
    snapshot,
  );
}

/** Extras of a save that did not land, kept for the next one. */
const keep = (s: DeskState, extras: SaveExtras | null): SaveExtras =>
  combineExtras(extras, s.pending ?? {});

/** The desk's one reducer; returns `state` itself when an action changes nothing. */
export function deskReducer(state: DeskState, action: DeskAction): DeskState {
  switch (action.type) {
    case "fieldsEdited":
      return edited(state, { ...state.header, ...action.patch }, state.body);
    case "bodyEdited":
      return action.echo
        ? { ...state, body: action.body }
        : edited(state, state.header, action.body);
    case "snapshotEdited":
      return edited(state, headerOf(action.snapshot), action.snapshot.body);
    case "draftRestored":
      return {
        ...show(state, action.snapshot),
        baseVersion: action.baseVersion,
        saveState: "unsaved",
      };
    case "extrasQueued":
      return {
        ...state,
        pending: combineExtras(state.pending, action.extras),
      };
    case "saveSkipped":
      return { ...state, saveState: "saved" };
    case "saveHeld":
      return { ...state, pending: combineExtras(state.pending, {}) };
    case "saveStarted":
      return { ...state, pending: null, saveState: "saving" };
    case "saveRefused":
      return {
        ...state,
        pending: keep(state, action.extras),
        blocked: true,
        error: action.error,
        saveState: "error",
      };
    case "saveFailed":
      return {
        ...state,
        pending: keep(state, action.extras),
        attempt: state.attempt + 1,
        saveState: "retrying",
      };
    case "saveConflicted":
      return {
        ...state,
        pending: keep(state, action.extras),
        attempt: 0,
        error: null,
        blocked: true,
        conflict: { ...action.result, mine: state.local },
        saveState: "conflict",
      };
    case "saveConfirmed":
      return confirmed(state, action.sent, action.result);
    case "conflictResolved":
      return resolved(state, action.choices);
    case "continued":
      return written(
        adopt(state, action.written.snapshot, action.written.version),
        action.written,
      );
    case "yielded": {
      const { article } = action;
      const unsaved = isDirty(state) || Boolean(state.pending);
      return {
        ...adopt(state, article.snapshot, article.version),
        findings: {
          body: article.snapshot.body,
          suggestions: article.suggestions,
          repairs: article.repairs,
        },
        historyKey: state.historyKey + 1,
        unsavedKept: state.unsavedKept || unsaved,
      };
    }
    case "presenceSeen":
      return { ...state, presence: action.presence };
    case "mergedDismissed":
      return { ...state, merged: null };
    case "noticeDismissed":
      return { ...state, notice: null };
    case "statusChosen":
      return { ...state, articleStatus: action.status };
    case "statusRefused":
      return {
        ...state,
        articleStatus: action.previous,
        statusError: action.error,
      };
    case "statusConfirmed":
      return { ...state, statusError: null };
  }
}
