// A worker thread's answer as plain data. Errors cross a thread boundary as
// bare Error objects (structured clone keeps message and stack only), so the
// user-facing ones travel as data and are rebuilt with their class, code,
// file and both languages on the other side.
import { ConflictError, ValidationError } from "@/lib/errors";
import { ImportError, type ImportErrorCode } from "@/lib/ocr/import-error";

export type SettledError =
  | {
      kind: "import";
      code: ImportErrorCode;
      file: string | null;
      message: string;
      messageZh: string;
    }
  | { kind: "validation" | "conflict"; message: string; messageZh: string }
  | { kind: "other"; message: string; stack: string | undefined };

export type Settled<T> =
  { ok: true; value: T } | { ok: false; error: SettledError };

/** `fn` made to answer Settled data instead of throwing; for task modules run in workers. */
export function settled<I, O>(
  fn: (input: I) => O | Promise<O>,
): (input: I) => Promise<Settled<O>> {
  return async (input) => {
    try {
      return { ok: true, value: await fn(input) };
    } catch (e) {
      return { ok: false, error: toSettledError(e) };
    }
  };
}

function toSettledError(e: unknown): SettledError {
  if (e instanceof ImportError)
    return {
      kind: "import",
      code: e.code,
      file: e.file,
      message: e.message,
      messageZh: e.messageZh,
    };
  if (e instanceof ValidationError)
    return { kind: "validation", message: e.message, messageZh: e.messageZh };
  if (e instanceof ConflictError)
    return { kind: "conflict", message: e.message, messageZh: e.messageZh };
  const error = e instanceof Error ? e : new Error(String(e));
  return { kind: "other", message: error.message, stack: error.stack };
}

/** The value, or the error rebuilt as the class it was thrown as (ImportError keeps its file and code). */
export function unwrap<T>(result: Settled<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  if (e.kind === "import") {
    // The message already names the file; the file is set after, not prefixed twice.
    const error = new ImportError(e.code, null, e.message, e.messageZh);
    Object.defineProperty(error, "file", { value: e.file });
    throw error;
  }
  if (e.kind === "validation")
    throw new ValidationError(e.message, e.messageZh);
  if (e.kind === "conflict") throw new ConflictError(e.message, e.messageZh);
  if (e.kind !== "other") throw new Error(e.message);
  const error = new Error(e.message);
  error.stack = e.stack;
  throw error;
}
