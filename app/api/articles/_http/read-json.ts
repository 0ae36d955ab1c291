import type { z } from "zod";

import { ValidationError } from "@/lib/errors";

/** Article saves are Tiptap JSON of one article: far below this. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

/**
 * The request body parsed as JSON and checked against `schema`; a clear
 * ValidationError (400) for a body too large, not JSON, or not the shape.
 * Reads text whatever the Content-Type, so sendBeacon bodies work too.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON; nothing was stored.", "请求内容不是有效的 JSON，未做任何改动。");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "body";
    throw new ValidationError(
      `The request is not valid: ${where}: ${issue?.message ?? "invalid"}. Nothing was stored.`,
      `请求内容不正确：${where}：${issue?.message ?? "无效"}，未做任何改动。`,
    );
  }
  return parsed.data;
}

const tooLarge = () =>
  new ValidationError("The request body is too large; nothing was stored.", "请求内容过大，未做任何改动。");
