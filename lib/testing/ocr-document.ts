// An OcrDocument around pages built in a test, with one file per page.
import { createHash } from "node:crypto";

import type { OcrDocument, OcrPage } from "@/lib/ocr/types";

export function ocrDocument(
  pages: OcrPage[],
  options: { seed?: string } = {},
): OcrDocument {
  const files = pages.map((p) => {
    const bytes = new TextEncoder().encode(
      `${options.seed ?? ""}page ${p.number}: ${JSON.stringify(p.articles.map((a) => a.headline))}`,
    );
    return {
      name: `p${p.number}.md`,
      bytes,
      format: "markdown" as const,
      encoding: "UTF-8",
      checksum: createHash("sha256").update(bytes).digest("hex"),
    };
  });
  return {
    files,
    pages: pages.map((p) => ({ ...p, file: p.file ?? `p${p.number}.md` })),
    repairs: [],
    warnings: [],
  };
}
