// The importer's CPU-heavy step, run in a worker thread (lib/workers/pool.ts)
// so that one large upload never freezes sign-in, health checks and other
// editors: unpack, decode, parse, segment, repair, check against the
// editor's schema, and for a preview summarise. Pure: no database.
import { checkStorable } from "@/lib/import/check-storable";
import {
  type ImportPreview,
  summariseDocument,
} from "@/lib/import/summarise-document";
import {
  type OcrInput,
  readOcrFiles,
  type ReadOcrOptions,
} from "@/lib/ocr/read-ocr-input";

import { packDocument, type PackedDocument } from "./packed-document";
import { settled } from "./settled";

export interface ReadUploadInput {
  files: OcrInput[];
  options: ReadOcrOptions;
  /** "preview": only the summary travels back (small); "document": the whole segmented document, to store (unpackDocument). */
  want: "preview" | "document";
}

export type ReadUploadOutput =
  | { preview: ImportPreview; document?: undefined }
  | { document: PackedDocument; preview?: undefined };

/**
 * Reads an upload's files into an OcrDocument (readOcrFiles) and refuses
 * what could not be stored (checkStorable); answers the preview or the
 * document. Errors come back as Settled data (ImportError with its file).
 */
export const readUpload = settled(
  (input: ReadUploadInput): ReadUploadOutput => {
    const document = readOcrFiles(input.files, input.options);
    checkStorable(document);
    return input.want === "preview"
      ? { preview: summariseDocument(document) }
      : { document: packDocument(document) };
  },
);
