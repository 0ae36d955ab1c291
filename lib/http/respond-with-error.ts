// The one mapping from an error to an HTTP answer, for every route handler.
import { getLocale } from "next-intl/server";

import {
  ConflictError,
  isUserFacing,
  MalformedRequestError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionError,
  TooManyRequestsError,
  toUserMessage,
  UserFacingError,
  ValidationError,
} from "@/lib/errors";

export interface ErrorResponseOptions {
  /**
   * The status for input the user can correct (a ValidationError that is not
   * a malformed request): 400, or 422 where a route documents that the
   * content of what was sent, e.g. an OCR file, is checked (the import routes).
   */
  invalidStatus?: 400 | 422;
}

/** The HTTP status for an error: what the user can fix is 4xx; anything else is logged, 500. */
export function statusOf(
  error: unknown,
  options: ErrorResponseOptions = {},
): number {
  if (error instanceof PermissionError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof MalformedRequestError) return 400;
  if (error instanceof TooManyRequestsError) return 429;
  if (error instanceof ValidationError) return options.invalidStatus ?? 400;
  // Any other error we wrote a message for, also one from a worker thread (its class is lost there).
  if (error instanceof UserFacingError || isUserFacing(error))
    return options.invalidStatus ?? 400;
  return 500;
}

/**
 * `{ error: { message, file? } }` in the request's interface language: `file`
 * names the uploaded file (or files) the problem is in, when one is; the
 * message then leaves out that name, since the import screen shows
 * "file：message" itself. Unexpected errors are logged (toUserMessage).
 */
export async function respondWithError(
  error: unknown,
  options: ErrorResponseOptions = {},
): Promise<Response> {
  const status = statusOf(error, options);
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
    { error: file ? { file, message } : { message } },
    { status },
  );
}
