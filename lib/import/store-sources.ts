// The original files of an import, kept byte for byte. A file this issue
// already holds is recognised by its SHA-256: skipped while its articles
// exist, reused (not stored twice) when they were replaced since.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@prisma/client";

import { ConflictError } from "@/lib/errors";
import type { OcrDocument, OcrFile, OcrFormat, OcrPage } from "@/lib/ocr/types";

import { insertSource } from "./insert-source";
import type { PreparedPage } from "./prepare-pages";

const formatToDb: Record<
  OcrFormat,
  "MARKDOWN" | "PLAIN_TEXT" | "ALTO" | "METS"
> = {
  markdown: "MARKDOWN",
  "plain-text": "PLAIN_TEXT",
  alto: "ALTO",
  mets: "METS",
};

/** A conflict about particular files; `file` names them ("a.md, b.md") for the import screen. */
export class FileConflictError extends ConflictError {
  constructor(
    readonly file: string,
    message: string,
    messageZh: string,
  ) {
    super(message, messageZh);
    this.name = "FileConflictError";
  }
}

export interface NewFiles {
  files: OcrFile[];
  pages: OcrPage[];
  duplicates: string[];
  /** Sources already stored whose articles were replaced: checksum → id. */
  reusable: Map<string, string>;
}

/** Leaves out files this issue already holds with live articles; refuses if nothing new remains. */
export async function skipDuplicateFiles(
  tx: Prisma.TransactionClient,
  issueId: string,
  document: OcrDocument,
): Promise<NewFiles> {
  refuseRepeatedFiles(document.files);
  const existing = await tx.ocrSource.findMany({
    where: { issueId, checksum: { in: document.files.map((f) => f.checksum) } },
    select: {
      id: true,
      checksum: true,
      importedAt: true,
      _count: { select: { articles: true } },
    },
  });
  const live = existing.filter((e) => e._count.articles > 0);
  const reusable = new Map(
    existing
      .filter((e) => e._count.articles === 0)
      .map((e) => [e.checksum, e.id]),
  );
  if (live.length === 0)
    return {
      files: document.files,
      pages: document.pages,
      duplicates: [],
      reusable,
    };

  const known = new Set(live.map((e) => e.checksum));
  const duplicates = document.files
    .filter((f) => known.has(f.checksum))
    .map((f) => f.name);
  const files = document.files.filter((f) => !known.has(f.checksum));
  const pages = document.pages.filter(
    (p) => !p.file || !duplicates.includes(p.file),
  );
  const when = live[0]!.importedAt.toISOString().slice(0, 16).replace("T", " ");
  if (files.length === 0 || pages.length === 0) {
    throw new FileConflictError(
      duplicates.join(", "),
      `${duplicates.join(", ")}: already imported into this issue (${when} UTC); nothing was stored.`,
      `${duplicates.join("、")}：此文件已导入本期（${when} UTC），未做任何改动。`,
    );
  }
  if (pages.some((p) => !p.file)) {
    throw new FileConflictError(
      duplicates.join(", "),
      `${duplicates.join(", ")}: already imported into this issue; remove it from the upload and try again.`,
      `${duplicates.join("、")}：已导入本期，请将其移出后重新导入。`,
    );
  }
  return { files, pages, duplicates, reusable };
}

function refuseRepeatedFiles(files: readonly OcrFile[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const other = seen.get(f.checksum);
    if (other) {
      throw new FileConflictError(
        f.name,
        `${other} and ${f.name} are the same file; import it once.`,
        `${other} 与 ${f.name} 内容完全相同，请只导入一次。`,
      );
    }
    seen.set(f.checksum, f.name);
  }
}

/** Stores the new originals; returns file name → OcrSource id. */
export async function storeSources(
  tx: Prisma.TransactionClient,
  issueId: string,
  newFiles: NewFiles,
  pages: PreparedPage[],
  importedById: string | null,
): Promise<Map<string, string>> {
  const pageIdOf = (name: string) =>
    pages.find((p) => p.file === name)?.id ??
    (pages.length === 1 ? pages[0]!.id : null);
  const ids = new Map<string, string>();
  for (const f of newFiles.files) {
    const reused = newFiles.reusable.get(f.checksum);
    if (reused) {
      ids.set(f.name, reused);
      continue;
    }
    const id = randomUUID();
    ids.set(f.name, id);
    // The file's exact bytes, in pieces (insert-source.ts): nothing around them is stored.
    await insertSource(tx, {
      id,
      issueId,
      pageId: pageIdOf(f.name),
      fileName: f.name,
      format: formatToDb[f.format],
      encoding: f.encoding,
      byteSize: f.bytes.byteLength,
      checksum: f.checksum,
      content: f.bytes,
      importedById,
    });
  }
  return ids;
}
