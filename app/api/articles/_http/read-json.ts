import type { z } from "zod";

import { MalformedRequestError } from "@/lib/errors";
import { readBodyText } from "@/lib/http/read-body";
import { describeIssue } from "@/lib/validation/describe-issue";

/** The JSON bodies of most routes are ids and a few fields: far below this. */
export const MAX_JSON_BYTES = 1024 * 1024;

export interface ReadJsonOptions {
  /** The route's limit in bytes, counted while the body streams; MAX_JSON_BYTES unless the route needs more. */
  maxBytes?: number;
}

/**
 * The request body parsed as JSON and checked against `schema`. Throws
 * BodyTooLargeError (413) for a body over the limit (declared or counted
 * while streaming: chunked bodies too), a ValidationError (400) for one not
 * JSON or not the shape. Reads text whatever the Content-Type, so sendBeacon
 * bodies work too.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: ReadJsonOptions = {},
): Promise<z.output<S>> {
  const text = await readBodyText(request, options.maxBytes ?? MAX_JSON_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MalformedRequestError(
      "The request body is not valid JSON; nothing was stored.",
      "请求内容不是有效的 JSON，未做任何改动。",
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = describeIssue(parsed.error.issues[0]);
    throw new MalformedRequestError(
      `The request is not valid: ${issue.en}. Nothing was stored.`,
      `请求内容不正确：${issue.zh}，未做任何改动。`,
    );
  }
  return parsed.data;
}
