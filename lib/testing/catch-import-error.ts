// Runs fn and returns the ImportError it throws; anything else fails the test.
import { ImportError } from "@/lib/ocr/import-error";

export function catchImportError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}
