import { describe, expect, it } from "vitest";

import { foldTraditional } from "./fold-traditional";

describe("foldTraditional", () => {
  it("folds the characters of labels, datelines and section names, one for one", () => {
    expect(
      foldTraditional("本報訊 記者 通訊員 攝影 責任編輯 要聞 綜合 圖為 下轉"),
    ).toBe("本报讯 记者 通讯员 摄影 责任编辑 要闻 综合 图为 下转");
    const text = "小鎮夜市點亮鄉村消費新場景";
    expect(foldTraditional(text)).toHaveLength(text.length);
  });

  it("returns simplified text unchanged", () => {
    const text = "本报讯 记者 王芳";
    expect(foldTraditional(text)).toBe(text);
  });
});
