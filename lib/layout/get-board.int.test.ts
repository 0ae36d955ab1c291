// The board names an untitled article (a split half before it gets a
// headline) by its first words, on both databases.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { getBoard } from "./get-board";

describe(`the board's cards (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("carries the first words of an untitled article, and none for a titled one", async () => {
    const id = seed.byHeadline.get("平湖数字乡村获省级“优秀”")!;
    await database.prisma.article.update({
      where: { id },
      data: { headline: "", bodyText: "城市建设稳步推进，各项工程按期完成。" },
    });
    const cards = (await getBoard(database.prisma, seed.issueId))!.columns[0]!
      .cards;
    expect(cards.find((c) => c.articleId === id)).toMatchObject({
      headline: "",
      opening: "城市建设稳步推进，各…",
    });
    expect(
      cards.filter((c) => c.articleId !== id).map((c) => c.opening),
    ).toEqual([null, null, null, null]);
  });
});
