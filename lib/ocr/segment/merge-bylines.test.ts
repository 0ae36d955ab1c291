import { describe, expect, it } from "vitest";

import { mergeBylines } from "./merge-bylines";

describe("mergeBylines", () => {
  it("keeps every credit from the byline lines, the dateline and the end, in that order", () => {
    expect(
      mergeBylines(
        [{ role: "reporter", label: "记者", names: ["张三"] }],
        [{ role: "correspondent", label: "通讯员", names: ["王五"] }],
        [{ role: "photographer", label: "记者", names: ["张三"] }],
      ),
    ).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
      { role: "correspondent", label: "通讯员", names: ["王五"] },
      { role: "photographer", label: "记者", names: ["张三"] },
    ]);
  });

  it("credits a person once per role, whatever the label", () => {
    expect(
      mergeBylines(
        [{ role: "reporter", label: "本报记者", names: ["张三"] }],
        [{ role: "reporter", label: "记者", names: ["张三", "李四"] }],
        [{ role: "reporter", label: "记者", names: ["张三"] }],
      ),
    ).toEqual([
      { role: "reporter", label: "本报记者", names: ["张三"] },
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
  });

  it("keeps one nameless institutional credit", () => {
    const commentator = {
      role: "commentator" as const,
      label: "本报评论员",
      names: [],
    };
    expect(mergeBylines([commentator], [commentator])).toEqual([commentator]);
  });

  it("does not change its inputs", () => {
    const header = [
      { role: "reporter" as const, label: "记者", names: ["张三", "李四"] },
    ];
    mergeBylines(
      [{ role: "reporter", label: "记者", names: ["张三"] }],
      header,
    );
    expect(header[0]?.names).toEqual(["张三", "李四"]);
  });
});
