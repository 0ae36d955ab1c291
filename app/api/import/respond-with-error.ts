import { getLocale } from "next-intl/server";

import { ConflictError, PermissionError, toUserMessage } from "@/lib/errors";
import {
  MalformedUploadError,
  UploadTooLargeError,
} from "@/lib/import/read-multipart";

/** What the user can fix is 4xx with its message; anything else is logged and 500. */
function statusOf(error: unknown): number {
  if (error instanceof PermissionError) return 403;
  if (error instanceof UploadTooLargeError) return 413;
  if (error instanceof MalformedUploadError) return 400;
  if (error instanceof ConflictError) return 409;
  return typeof (error as { messageZh?: unknown }).messageZh === "string"
    ? 422
    : 500;
}

/**
 * A JSON error the import screen can show: `{ error: { file, message } }`,
 * the file (or files) the problem is in, and the message without that name
 * in front, since the screen shows "file：message" itself.
 */
export async function respondWithError(error: unknown): Promise<Response> {
  const locale = await getLocale().catch(() => "zh-CN");
  const raw = (error as { file?: unknown } | null)?.file;
  const file = typeof raw === "string" && raw !== "" ? raw : null;
  let message = toUserMessage(error, locale);
  if (file) {
    // "a.md, b.md: …" in English, "a.md、b.md：…" in Chinese.
    const names = [file, file.split(", ").join("、")];
    const prefix = names
      .flatMap((n) => [`${n}: `, `${n}：`])
      .find((p) => message.startsWith(p));
    if (prefix) message = message.slice(prefix.length);
  }
  return Response.json(
    { error: { file, message } },
    { status: statusOf(error) },
  );
}
