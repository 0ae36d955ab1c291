// The import screen's multipart form, checked at the boundary.
import { z } from "zod";

import { ValidationError } from "@/lib/errors";

/** Whole request limit; per-file and per-zip limits live in lib/ocr. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

const fieldsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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

export interface ParsedUpload {
  date: string;
  page: number | null;
  repair: boolean;
  replace: boolean;
  /** Publication id; null means the installation's first paper. */
  publication: string | null;
  files: { name: string; bytes: Uint8Array }[];
}

export async function parseUpload(form: FormData): Promise<ParsedUpload> {
  const fields = fieldsSchema.safeParse({
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
  const uploads = form.getAll("files").filter((f): f is File => typeof f !== "string");
  if (uploads.length === 0) throw new ValidationError("Choose at least one file.", "请至少选择一个文件。");
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { ...fields.data, files };
}
