import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import { type ReplayableRepair, splitDiff } from "../diff/repair-diff";
import { locateWordConfidences } from "../suggestions/find-low-confidence";
import type { ArticleDoc } from "../tiptap-schema";
import { answerDeskJob, type DeskJob } from "./desk-job";

function read(rel: string) {
  const file = path.resolve("fixtures", rel);
  return readOcrFiles(
    [{ name: path.basename(file), bytes: readFileSync(file) }],
    { page: 1, repair: true },
  );
}

const docOf = (blocks: readonly { text: string }[]): ArticleDoc =>
  ({
    type: "doc",
    content: blocks.map((b) => ({
      type: "paragraph",
      content: b.text ? [{ type: "text", text: b.text }] : [],
    })),
  }) as ArticleDoc;

/** The job as the worker receives it and its answer as the page receives it: both structured-cloned. */
const throughWorker = (job: DeskJob) =>
  structuredClone(answerDeskJob(structuredClone({ id: 7, job })));

describe("desk jobs answer as the direct calls do", () => {
  it("gives the same heat for an ALTO page after crossing to a worker and back", () => {
    const doc = read("alto/alto-v3-chinese.xml");
    const article = doc.pages[0]!.articles[0]!;
    expect(article.words.length).toBeGreaterThan(0);
    const body = docOf(article.blocks);
    const direct = locateWordConfidences(body, article.words);
    expect(direct.length).toBeGreaterThan(0);
    expect(throughWorker({ type: "heat", body, words: article.words })).toEqual(
      { id: 7, result: direct },
    );
  });

  it("gives the same split diff for every demo article", () => {
    const doc = read("pages/pinghu-2024-01-p1.md");
    doc.pages[0]!.articles.forEach((a, i) => {
      const repairs: ReplayableRepair[] = doc.repairs
        .filter((r) => r.article === i + 1)
        .map((r) => ({
          kind: r.kind
            .toUpperCase()
            .replace("-", "_") as ReplayableRepair["kind"],
          field: r.field ? r.field.toUpperCase() : null,
          blockIndex: r.block,
          original: r.original,
          replacement: r.replacement,
          status: "PENDING",
        }));
      const current = a.blocks
        .map((b) => b.text)
        .join("\n\n")
        .replace("，", "。");
      const direct = splitDiff(a.originalText, current, repairs);
      expect(direct.repairCount).toBeGreaterThan(0);
      expect(
        throughWorker({
          type: "split",
          original: a.originalText,
          current,
          repairs,
        }),
      ).toEqual({ id: 7, result: direct });
    });
  });

  it("answers a job that throws with its message instead of failing the worker", () => {
    const broken = {
      type: "heat",
      body: { type: "doc" },
      words: [],
    } as unknown as DeskJob;
    const answer = answerDeskJob({ id: 3, job: broken });
    expect(answer).toMatchObject({ id: 3 });
    expect("error" in answer && typeof answer.error).toBe("string");
  });
});
