// Issue 13 item 9: a word the desk uses for a status must not also name a
// link or a revision's detail, and no English is left in the Chinese strings
// the desk parts show.
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

describe("desk wording", () => {
  it("names the link that opens the desk apart from every correction status", () => {
    for (const messages of [en, zh]) {
      const statuses = Object.entries(messages.articleStatus)
        .filter(([k]) => k === k.toUpperCase())
        .map(([, v]) => v);
      expect(statuses).not.toContain(messages.layout.openDesk);
    }
    expect(en.layout.openDesk).toBe("Open on the desk");
    expect(en.articleStatus.PROOFREAD).toBe("Proofread");
  });

  it("says a restore's detail and the diff's counts in Chinese, with no English words", () => {
    const h = zh.editor.history;
    for (const text of [
      h.detail.restoredFrom,
      h.detail.repairsSelected,
      h.diffSummary,
      zh.editor.original.summary,
      zh.editor.original.repairCount,
      zh.editor.showRepairs,
    ]) {
      expect(text.replace(/\{[^}]*\}/g, "")).not.toMatch(/[A-Za-z]/);
    }
    expect(h.detail.restoredFrom).toBe("恢复到第 {version} 版");
  });
});
