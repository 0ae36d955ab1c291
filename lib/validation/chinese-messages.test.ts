// Chinese messages name fields in Chinese (lib/validation/field-names.ts):
// a property name such as "articleId" inside a Chinese sentence is the
// mixed-language text issue 14 found in the contributors route.
import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { sourceFiles } from "@/lib/testing/source-files";

const CJK = /[\u4e00-\u9fff]/;
/** A camelCase identifier (articleId, sessionId): a property name, never a word of a sentence. */
const PROPERTY = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
/** Names of the file formats' own elements, which the user finds in the file as written. */
const FORMAT_TERMS = new Set(["structMap", "structLink"]);

describe("Chinese messages", () => {
  it("name no property in a Chinese string literal of app/ or lib/", () => {
    const found: string[] = [];
    for (const file of [...sourceFiles("app"), ...sourceFiles("lib")]) {
      const text = fs.readFileSync(file, "utf8");
      for (const [literal] of text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) {
        const properties = [...literal.matchAll(PROPERTY)]
          .map(([word]) => word)
          .filter((word) => !FORMAT_TERMS.has(word));
        if (CJK.test(literal) && properties.length > 0)
          found.push(`${file}: ${literal}`);
      }
    }
    expect(found).toEqual([]);
  });
});
