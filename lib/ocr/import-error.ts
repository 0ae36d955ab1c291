// The one error the OCR importer throws for input a user can fix: a bad file,
// a missing page number, a hostile XML. Pure (no server-only imports), so the
// CLI, the server and tests share it; lib/errors.ts recognises its shape.

export type ImportErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "undecodable"
  | "xml-truncated"
  | "xml-malformed"
  | "xml-entity"
  | "unknown-format"
  | "zip"
  | "zip-limit"
  | "alto"
  | "mets"
  | "missing-file"
  | "page-number"
  | "no-input"
  | "duplicate"
  | "not-found";

export class ImportError extends Error {
  /** The file the problem is in (as the user named it), or null for the whole input. */
  readonly file: string | null;
  readonly code: ImportErrorCode;
  /** The same message as `message`, in Simplified Chinese. */
  readonly messageZh: string;

  /**
   * `en` and `zh` describe the problem without the file name; it is prefixed
   * here so every message reads "p3.xml: …" / "p3.xml：…". Without a file,
   * `en` is the whole sentence (and starts with a capital).
   */
  constructor(
    code: ImportErrorCode,
    file: string | null,
    en: string,
    zh: string,
    options?: { cause?: unknown },
  ) {
    super(file ? `${file}: ${en}` : en, options);
    this.name = "ImportError";
    this.code = code;
    this.file = file;
    this.messageZh = file ? `${file}：${zh}` : zh;
  }
}
