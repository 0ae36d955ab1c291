// The page view of the demo front page on both databases: each rubric (栏目)
// printed above the article it belongs to, none left at the top of the page.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { getPageView } from "./get-page-view";

describe(`the page view (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("prints 一把手访谈 above the fifth article, not above the first", async () => {
    // The rubric as a METS import records it: the article's own (the Markdown reader keeps it on the page only).
    const interview = seed.byHeadline.get("勇挑大梁担使命 提质进位走前列")!;
    await database.prisma.article.update({
      where: { id: interview },
      data: { rubric: "一把手访谈" },
    });
    const view = (await getPageView(database.prisma, seed.issueId, 1))!;
    expect(view.parts.map((p) => p.rubric)).toEqual([
      null,
      null,
      null,
      null,
      "一把手访谈",
    ]);
    // The page keeps only the banner no article claims.
    expect(view.page.rubrics).toEqual(["贯彻落实全会精神 创新攻坚2024"]);
  });
});
