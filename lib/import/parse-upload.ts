// The import screen's multipart form, checked at the boundary: read as a
// stream under the limits of lib/ocr/input/input-limits.ts, then validated.
import { z } from "zod";

import { ValidationError } from "@/lib/errors";
import { parseIssueDate } from "@/lib/issues/parse-issue-date";
import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";
import { describeIssue } from "@/lib/validation/describe-issue";

import { type EditedPageChoice, editedPageChoices } from "./edited-pages";
import { type MultipartLimits, readMultipart } from "./read-multipart";

/** The import form's fields: issue, date, page, repair, replace, publication, with room for a few more. */
const MAX_FIELDS = 16;

/** What one upload may hold, enforced while the body streams in (INPUT_LIMITS). */
export const UPLOAD_LIMITS: MultipartLimits = {
  maxBodyBytes: INPUT_LIMITS.maxUploadBytes,
  maxFields: MAX_FIELDS,
  maxFieldBytes: 1024,
  maxFiles: INPUT_LIMITS.maxFiles,
  maxArchiveBytes: INPUT_LIMITS.maxZipBytes,
  maxFileBytes: INPUT_LIMITS.maxFileBytes,
  maxTotalBytes: INPUT_LIMITS.maxUploadBytes,
};

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
  /** Pages editors have changed: refuse (default), skip or revise (lib/import/edited-pages.ts). */
  edited: z.enum(editedPageChoices),
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
export type UploadTarget =
  | { kind: "issue"; issue: string }
  | { kind: "date"; date: string; publication: string | null };

export interface ParsedUpload {
  target: UploadTarget;
  page: number | null;
  repair: boolean;
  replace: boolean;
  edited: EditedPageChoice;
  files: { name: string; bytes: Uint8Array }[];
}

/**
 * Reads the import form from the request as it streams in (readMultipart
 * under UPLOAD_LIMITS): the target issue (an existing issue id or a date,
 * never both), page, repair and replace switches, and the files' bytes.
 * Throws readMultipart's errors for a body that is not such a form or too
 * large, and ValidationError naming the field that is wrong or missing.
 */
export async function parseUpload(request: Request): Promise<ParsedUpload> {
  const form = await readMultipart(request, UPLOAD_LIMITS);
  const field = (name: string, fallback: string) =>
    form.fields.get(name) ?? fallback;
  const fields = fieldsSchema.safeParse({
    issue: field("issue", ""),
    date: field("date", ""),
    page: field("page", ""),
    repair: field("repair", "on"),
    replace: field("replace", "off"),
    edited: field("edited", "refuse"),
    publication: field("publication", ""),
  });
  if (!fields.success) {
    const issue = describeIssue(fields.error.issues[0]);
    throw new ValidationError(
      `The form is not valid: ${issue.en}.`,
      `表单内容不正确：${issue.zh}。`,
    );
  }
  const { issue, date, publication, ...options } = fields.data;
  if (issue && date) {
    throw new ValidationError(
      "Choose an existing issue or enter a date for a new one, not both.",
      "请只选一项：选择已有期次，或填写新期次的日期。",
    );
  }
  if (!issue && !date) {
    throw new ValidationError(
      "Choose an existing issue or enter a date.",
      "请选择已有期次，或填写新期次的日期。",
    );
  }
  if (date) parseIssueDate(date);
  const target: UploadTarget = issue
    ? { kind: "issue", issue }
    : { kind: "date", date: date!, publication };
  const files = form.files
    .filter((f) => f.field === "files")
    .map(({ name, bytes }) => ({ name, bytes }));
  if (files.length === 0)
    throw new ValidationError(
      "Choose at least one file.",
      "请至少选择一个文件。",
    );
  return { ...options, target, files };
}
