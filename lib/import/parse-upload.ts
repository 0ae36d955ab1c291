// The import screen's multipart form, checked at the boundary.
import { z } from "zod";

import { ValidationError } from "@/lib/errors";

/** Whole request limit; per-file and per-zip limits live in lib/ocr. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

const fieldsSchema = z.object({
  issue: z
    .string()
    .max(64)
    .transform((v) => v || null),
  date: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .transform((v) => v || null),
  page: z
    .string()
    .regex(/^([1-9]\d{0,2})?$/)
    .transform((v) => (v ? Number(v) : null)),
  repair: z.enum(["on", "off"]).transform((v) => v === "on"),
  replace: z.enum(["on", "off"]).transform((v) => v === "on"),
  publication: z
    .string()
    .max(64)
    .transform((v) => v || null),
});

/**
 * Where the files go: an existing issue the user chose, or the issue of a
 * date (created if new) in a publication (null: the installation's first).
 * Exactly one of the two; the form never fills in either for the user.
 */
export type UploadTarget = { kind: "issue"; issue: string } | { kind: "date"; date: string; publication: string | null };

export interface ParsedUpload {
  target: UploadTarget;
  page: number | null;
  repair: boolean;
  replace: boolean;
  files: { name: string; bytes: Uint8Array }[];
}

/**
 * Reads the import form: the target issue (an existing issue id or a date,
 * never both), page, repair and replace switches, and the files' bytes.
 * Throws ValidationError naming the field that is wrong or missing.
 */
export async function parseUpload(form: FormData): Promise<ParsedUpload> {
  const fields = fieldsSchema.safeParse({
    issue: form.get("issue") ?? "",
    date: form.get("date") ?? "",
    page: form.get("page") ?? "",
    repair: form.get("repair") ?? "on",
    replace: form.get("replace") ?? "off",
    publication: form.get("publication") ?? "",
  });
  if (!fields.success) {
    const field = String(fields.error.issues[0]?.path[0] ?? "form");
    throw new ValidationError(`Invalid ${field}.`, `表单字段“${field}”无效。`);
  }
  const { issue, date, publication, ...options } = fields.data;
  if (issue && date) {
    throw new ValidationError(
      "Choose an existing issue or enter a date for a new one, not both.",
      "请只选一项：选择已有期次，或填写新期次的日期。",
    );
  }
  if (!issue && !date) {
    throw new ValidationError("Choose an existing issue or enter a date.", "请选择已有期次，或填写新期次的日期。");
  }
  const target: UploadTarget = issue ? { kind: "issue", issue } : { kind: "date", date: date!, publication };
  const uploads = form.getAll("files").filter((f): f is File => typeof f !== "string");
  if (uploads.length === 0) throw new ValidationError("Choose at least one file.", "请至少选择一个文件。");
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { ...options, target, files };
}
