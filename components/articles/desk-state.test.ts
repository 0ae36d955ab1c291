import { describe, expect, it } from "vitest";

import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { mergeSnapshots } from "@/lib/articles/merge/merge-snapshots";
import type { ArticleWritten, SaveConflict } from "@/lib/articles/save-article";
import {
  articleDoc,
  articleSnapshot,
  presenceState,
} from "@/lib/testing/desk-factories";

import {
  isEditable,
  maySave,
  readerVersion,
  shownSaveState,
} from "./desk-selectors";
import {
  type DeskAction,
  deskReducer,
  type DeskState,
  initialDeskState,
  isDirty,
} from "./desk-state";
import type { DeskSuggestion } from "./desk-types";
import type { SaveExtras } from "./save-request";

const doc = articleDoc;

const stored = articleSnapshot({
  bylines: [{ role: "REPORTER", label: "记者", name: "林旭东" }],
  body: doc("第一段，的初劲和斗志。", "第二段。", "第三段。"),
});

const suggestion: DeskSuggestion = {
  key: "s-1",
  kind: "confusable",
  block: 0,
  offset: 5,
  length: 2,
  text: "初劲",
  replacements: ["干劲"],
  confidence: null,
  note: "Look-alike",
  noteZh: "形近字",
};

const holding = presenceState();

const open = (): DeskState =>
  run(
    initialDeskState({
      snapshot: stored,
      version: 1,
      suggestions: [suggestion],
      repairs: [],
      status: "IMPORTED",
    }),
    { type: "presenceSeen", presence: holding },
  );

const run = (state: DeskState, ...actions: DeskAction[]): DeskState =>
  actions.reduce(deskReducer, state);

const access = { canEdit: true, mergedAway: false };

const written = (
  version: number,
  snapshot: ArticleSnapshot,
  extra: Partial<ArticleWritten> = {},
): ArticleWritten => ({
  status: "saved",
  version,
  snapshot,
  suggestions: [],
  repairs: [],
  ...extra,
});

/** The editor's body after typing. */
const typed = (...paragraphs: string[]): DeskAction => ({
  type: "bodyEdited",
  body: doc(...paragraphs),
  echo: false,
});

describe("deskReducer: editing", () => {
  it("marks a typed edit unsaved and sends it with trimmed bylines, while the fields keep the row being typed", () => {
    const s = run(
      open(),
      { type: "fieldsEdited", patch: { headline: "实干担当立潮头（改）" } },
      {
        type: "fieldsEdited",
        patch: {
          bylines: [
            { role: "REPORTER", label: "记者 ", name: " 林旭东" },
            { role: "CORRESPONDENT", label: "", name: null },
          ],
        },
      },
    );
    expect(isDirty(s)).toBe(true);
    expect(s.saveState).toBe("unsaved");
    expect(s.local.headline).toBe("实干担当立潮头（改）");
    expect(s.local.bylines).toEqual([
      { role: "REPORTER", label: "记者", name: "林旭东" },
    ]);
    expect(s.header.bylines).toHaveLength(2);
  });

  it("does not count the editor showing the server's text as an edit", () => {
    const s = run(open(), {
      type: "bodyEdited",
      body: doc("别处来的文字。"),
      echo: true,
    });
    expect(s.body).toEqual(doc("别处来的文字。"));
    expect(isDirty(s)).toBe(false);
    expect(s.saveState).toBe("saved");
  });

  it("an edit back to the stored text leaves the state as it was", () => {
    const s = run(open(), typed(...paragraphsOf(stored)));
    expect(isDirty(s)).toBe(false);
    expect(s.saveState).toBe("saved");
  });
});

/** A save goes out and the server refuses it. */
const refused = (
  error: string,
  extras: SaveExtras | null = null,
): DeskAction[] => [
  { type: "saveStarted" },
  { type: "saveRefused", extras, error },
];

function paragraphsOf(snapshot: ArticleSnapshot): string[] {
  return snapshot.body.content.map((b) =>
    "content" in b && b.content
      ? b.content.map((c) => ("text" in c ? c.text : "")).join("")
      : "",
  );
}

describe("deskReducer: saving", () => {
  it("a confirmed save moves the base version and clears dirty", () => {
    let s = run(open(), typed("第一段，的干劲和斗志。", "第二段。"));
    const sent = s.local;
    s = run(
      s,
      { type: "saveStarted" },
      {
        type: "saveConfirmed",
        sent,
        result: written(2, sent, { suggestions: [] }),
      },
    );
    expect(s.baseVersion).toBe(2);
    expect(s.saved).toBe(sent);
    expect(isDirty(s)).toBe(false);
    expect(s.saveState).toBe("saved");
    expect(s.findings.suggestions).toEqual([]);
    expect(s.historyKey).toBe(1);
    // The editor already shows it: it is not told to show anything.
    expect(s.shown).toBe(0);
  });

  it("stays unsaved when typing went on while the save was out", () => {
    let s = run(open(), typed("甲。"));
    const sent = s.local;
    s = run(s, { type: "saveStarted" }, typed("甲。乙。"), {
      type: "saveConfirmed",
      sent,
      result: written(2, sent),
    });
    expect(s.baseVersion).toBe(2);
    expect(s.saved.body).toEqual(doc("甲。"));
    expect(s.local.body).toEqual(doc("甲。乙。"));
    expect(isDirty(s)).toBe(true);
    expect(s.saveState).toBe("unsaved");
  });

  it("stays unsaved while extras wait for the next save, though the text is stored", () => {
    let s = run(open(), typed("甲。"));
    const sent = s.local;
    s = run(
      s,
      { type: "saveStarted" },
      { type: "extrasQueued", extras: { reason: "save" } },
      { type: "saveConfirmed", sent, result: written(2, sent) },
    );
    expect(isDirty(s)).toBe(false);
    expect(s.saveState).toBe("unsaved");
    expect(s.pending).toEqual({ reason: "save" });
  });

  it("shows someone else's merged change and keeps what was typed meanwhile", () => {
    let s = run(open(), typed("第一段（我的修改）", "第二段。", "第三段。"));
    const sent = s.local;
    const theirsMerged = {
      ...sent,
      body: doc("第一段（我的修改）", "第二段。", "第三段（他人修改）"),
    };
    s = run(
      s,
      { type: "saveStarted" },
      typed("第一段（我的修改）（再改）", "第二段。", "第三段。"),
      {
        type: "saveConfirmed",
        sent,
        result: written(3, theirsMerged, { status: "merged", changes: [] }),
      },
    );
    expect(paragraphsOf(s.local)).toEqual([
      "第一段（我的修改）（再改）",
      "第二段。",
      "第三段（他人修改）",
    ]);
    expect(s.body).toEqual(s.local.body);
    expect(s.shown).toBe(1);
    expect(s.merged).toEqual([]);
    expect(s.saveState).toBe("unsaved");
  });

  it("moves 待校 to 校对中 on the first saved revision only", () => {
    let s = run(open(), typed("甲。"));
    s = run(s, {
      type: "saveConfirmed",
      sent: s.local,
      result: written(2, s.local),
    });
    expect(s.articleStatus).toBe("EDITING");
    s = run(
      s,
      { type: "statusChosen", status: "IMPORTED" },
      { type: "statusConfirmed" },
    );
    s = run(s, typed("乙。"));
    s = run(s, {
      type: "saveConfirmed",
      sent: s.local,
      result: written(3, s.local),
    });
    expect(s.articleStatus).toBe("IMPORTED");
  });

  it("a failed request counts the attempt and keeps the save's extras for the retry", () => {
    let s = run(open(), typed("甲。"), {
      type: "extrasQueued",
      extras: {
        reason: "repair.accept",
        repairDecisions: [{ repairId: "r1", status: "ACCEPTED" }],
      },
    });
    const extras = s.pending;
    s = run(s, { type: "saveStarted" }, { type: "saveFailed", extras });
    s = run(
      s,
      { type: "saveStarted" },
      { type: "saveFailed", extras: s.pending },
    );
    expect(s.saveState).toBe("retrying");
    expect(s.attempt).toBe(2);
    expect(s.pending?.reason).toBe("repair.accept");
    expect(s.pending?.repairDecisions).toEqual([
      { repairId: "r1", status: "ACCEPTED" },
    ]);
    s = run(
      s,
      { type: "saveStarted" },
      {
        type: "saveConfirmed",
        sent: s.local,
        result: written(2, s.local),
      },
    );
    expect(s.attempt).toBe(0);
  });

  it("a refused save blocks sending and shows why; the next edit may fix it and unblocks", () => {
    let s = run(
      open(),
      typed("甲。"),
      ...refused("该稿件已被另一个标签页接管编辑"),
    );
    expect(s.blocked).toBe(true);
    expect(s.saveState).toBe("error");
    expect(s.error).toContain("接管编辑");
    // The text is not lost: it is still what the next save sends.
    expect(s.local.body).toEqual(doc("甲。"));
    s = run(s, typed("甲乙。"));
    expect(s.blocked).toBe(false);
    expect(s.error).toBeNull();
    expect(s.saveState).toBe("error");
  });
});

describe("deskReducer: conflicts", () => {
  const theirs = {
    ...stored,
    body: doc("第一段，他们的改法。", "第二段。", "第三段。"),
  };
  /** What the server answers when both changed the first paragraph. */
  const conflictOf = (mine: ArticleSnapshot): SaveConflict => ({
    status: "conflict",
    theirVersion: 4,
    theirs,
    base: stored,
    conflicts: mergeSnapshots(stored, theirs, mine).conflicts,
  });
  const choose = (s: DeskState, side: "mine" | "theirs") =>
    Object.fromEntries(s.conflict!.conflicts.map((c) => [c.id, side]));

  it("a 409 conflict makes the desk read only and keeps the verdicts waiting", () => {
    let s = run(open(), typed("第一段，我的改法。", "第二段。", "第三段。"), {
      type: "extrasQueued",
      extras: { repairDecisions: [{ repairId: "r1", status: "REJECTED" }] },
    });
    const mine = s.local;
    s = run(
      s,
      { type: "saveStarted" },
      {
        type: "saveConflicted",
        extras: s.pending,
        result: conflictOf(mine),
      },
    );
    expect(s.saveState).toBe("conflict");
    expect(isEditable(s, access, true)).toBe(false);
    expect(s.conflict?.mine).toBe(mine);
    expect(s.pending?.repairDecisions).toEqual([
      { repairId: "r1", status: "REJECTED" },
    ]);
    // Typing cannot lift a conflict: only a resolution does.
    s = run(s, typed("第一段，我的改法！", "第二段。", "第三段。"));
    expect(s.blocked).toBe(true);
    expect(s.saveState).toBe("conflict");
  });

  it("resolving with their side shows their text on their version and drops verdicts on the old text", () => {
    let s = run(open(), typed("第一段，我的改法。", "第二段。", "第三段。"), {
      type: "extrasQueued",
      extras: {
        repairDecisions: [{ repairId: "r1", status: "REJECTED" }],
        dismissSuggestions: ["s-1"],
      },
    });
    s = run(
      s,
      { type: "saveStarted" },
      {
        type: "saveConflicted",
        extras: s.pending,
        result: conflictOf(s.local),
      },
    );
    expect(s.conflict?.conflicts).toHaveLength(1);
    s = run(s, { type: "conflictResolved", choices: choose(s, "theirs") });
    expect(s.conflict).toBeNull();
    expect(s.blocked).toBe(false);
    expect(s.baseVersion).toBe(4);
    expect(paragraphsOf(s.local)[0]).toBe("第一段，他们的改法。");
    expect(s.body).toEqual(s.local.body);
    expect(s.shown).toBe(1);
    expect(s.pending).toEqual({
      reason: "conflict.resolve",
      dismissSuggestions: ["s-1"],
    });
    expect(s.notice).toBe("verdictsDropped");
  });
});

describe("deskReducer: conflicts, keeping mine", () => {
  it("resolving with this tab's side keeps its text, now based on their version, and saves it", () => {
    const theirs = { ...stored, headline: "他们的标题" };
    let s = run(open(), {
      type: "fieldsEdited",
      patch: { headline: "我的标题" },
    });
    s = run(
      s,
      { type: "saveStarted" },
      {
        type: "saveConflicted",
        extras: null,
        result: {
          status: "conflict",
          theirVersion: 7,
          theirs,
          base: stored,
          conflicts: mergeSnapshots(stored, theirs, s.local).conflicts,
        },
      },
    );
    s = run(s, {
      type: "conflictResolved",
      choices: Object.fromEntries(
        s.conflict!.conflicts.map((c) => [c.id, "mine"]),
      ),
    });
    expect(s.header.headline).toBe("我的标题");
    expect(s.baseVersion).toBe(7);
    expect(s.saved).toBe(theirs);
    expect(isDirty(s)).toBe(true);
    expect(s.notice).toBeNull();
  });
});

describe("deskReducer: one tab edits at a time", () => {
  it("a take-over makes the tab read only and shows the server's text, saying unsaved edits were kept", () => {
    let s = run(open(), typed("没存上的修改。"));
    s = run(s, {
      type: "presenceSeen",
      presence: {
        ...holding,
        holding: false,
        holder: { userId: "u1", name: "编辑甲" },
        takenOverBy: {
          userId: "u1",
          name: "编辑甲",
          at: "2024-01-03T08:00:00Z",
          sameUser: true,
        },
        version: 5,
      },
    });
    expect(maySave(s, access)).toBe(false);
    expect(isEditable(s, access, true)).toBe(false);
    expect(shownSaveState(s, true)).toBe("readonly");
    expect(readerVersion(s)).toBe(5);
    const server = { ...stored, body: doc("（新标签页改）") };
    s = run(s, {
      type: "yielded",
      article: { snapshot: server, version: 5, suggestions: [], repairs: [] },
    });
    expect(s.local).toBe(server);
    expect(s.body).toEqual(doc("（新标签页改）"));
    expect(s.shown).toBe(1);
    expect(s.baseVersion).toBe(5);
    expect(isDirty(s)).toBe(false);
    expect(s.unsavedKept).toBe(true);
  });

  it("a reader without edits follows the stored text without claiming anything was kept", () => {
    const s = run(open(), {
      type: "yielded",
      article: { snapshot: stored, version: 2, suggestions: [], repairs: [] },
    });
    expect(s.unsavedKept).toBe(false);
    expect(s.historyKey).toBe(1);
  });

  it("is read only until the first heartbeat says this tab holds the article", () => {
    const fresh = initialDeskState({
      snapshot: stored,
      version: 1,
      suggestions: [],
      repairs: [],
      status: "EDITING",
    });
    expect(isEditable(fresh, access, true)).toBe(false);
    expect(isEditable(open(), access, true)).toBe(true);
    expect(isEditable(open(), access, false)).toBe(false);
    expect(isEditable(open(), { canEdit: true, mergedAway: true }, true)).toBe(
      false,
    );
  });
});

describe("deskReducer: the server rewrote the article", () => {
  it("continues from a restore: the stored text is shown, nothing is pending, the history reloads", () => {
    let s = run(
      open(),
      typed("甲。"),
      ...refused("HTTP 400", { reason: "save" }),
    );
    const restored = { ...stored, headline: "恢复的标题" };
    s = run(s, { type: "continued", written: written(6, restored) });
    expect(s.header.headline).toBe("恢复的标题");
    expect(s.saved).toBe(restored);
    expect(s.baseVersion).toBe(6);
    expect(s.pending).toBeNull();
    expect(s.blocked).toBe(false);
    expect(s.error).toBeNull();
    expect(s.saveState).toBe("saved");
    expect(s.historyKey).toBe(1);
  });

  it("continues from a draft this browser kept: shown, based on the draft's version, unsaved", () => {
    const draft = { ...stored, body: doc("草稿里的文字。") };
    const s = run(open(), {
      type: "draftRestored",
      baseVersion: 1,
      snapshot: draft,
    });
    expect(s.body).toEqual(draft.body);
    expect(s.shown).toBe(1);
    expect(isDirty(s)).toBe(true);
    expect(s.saveState).toBe("unsaved");
  });
});

describe("deskReducer: the article's status", () => {
  it("shows a chosen status at once and rolls it back, with the reason, when the server refuses", () => {
    let s = run(open(), { type: "statusChosen", status: "PROOFREAD" });
    expect(s.articleStatus).toBe("PROOFREAD");
    s = run(s, {
      type: "statusRefused",
      previous: "IMPORTED",
      error: "无权修改",
    });
    expect(s.articleStatus).toBe("IMPORTED");
    expect(s.statusError).toBe("无权修改");
    s = run(
      s,
      { type: "statusChosen", status: "EDITING" },
      { type: "statusConfirmed" },
    );
    expect(s.articleStatus).toBe("EDITING");
    expect(s.statusError).toBeNull();
  });
});
