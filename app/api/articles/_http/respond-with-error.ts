import { getLocale } from "next-intl/server";

import { NotFoundError } from "@/lib/articles/not-found-error";
import {
  ConflictError,
  PermissionError,
  toUserMessage,
  UserFacingError,
} from "@/lib/errors";
import { BodyTooLargeError } from "@/lib/http/read-body";

/** The HTTP status for an error: what the user can fix is 4xx; anything else is logged, 500. */
function statusOf(error: unknown): number {
  if (error instanceof PermissionError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof BodyTooLargeError) return 413;
  if (error instanceof UserFacingError) return 400;
  return 500;
}

/** `{ error: { message } }` in the request's interface language. */
export async function respondWithError(error: unknown): Promise<Response> {
  const locale = await getLocale().catch(() => "zh-CN");
  return Response.json(
    { error: { message: toUserMessage(error, locale) } },
    { status: statusOf(error) },
  );
}
