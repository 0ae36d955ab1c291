import { getLocale } from "next-intl/server";

import { PermissionError, toUserMessage } from "@/lib/errors";

/** A JSON error the import screen can show: which file, what is wrong. */
export async function respondWithError(error: unknown): Promise<Response> {
  const locale = await getLocale();
  const file = (error as { file?: unknown }).file;
  const status = error instanceof PermissionError ? 403 : (error as { messageZh?: unknown }).messageZh ? 422 : 500;
  return Response.json(
    { error: { file: typeof file === "string" ? file : null, message: toUserMessage(error, locale) } },
    { status },
  );
}
