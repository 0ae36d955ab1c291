// Errors a user can act on carry a message in both interface languages.
// Anything else is logged and reported generically (see toUserMessage).

export abstract class UserFacingError extends Error {
  abstract readonly messageZh: string;
}

export class PermissionError extends UserFacingError {
  readonly messageZh: string;
  constructor(readonly permission: string) {
    super(`You are not allowed to do this (${permission}).`);
    this.name = "PermissionError";
    this.messageZh = `您没有执行此操作的权限（${permission}）。`;
  }
}

export class ConflictError extends UserFacingError {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends UserFacingError {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** Something the request names does not exist (any more): an article, an issue, a revision, a find & replace batch. HTTP 404. */
export class NotFoundError extends UserFacingError {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A request Folio cannot read as the one it expects (not JSON, not the shape, a broken form): HTTP 400. */
export class MalformedRequestError extends ValidationError {}

/** A request over a size or count limit: HTTP 413 (RFC 9110 §15.5.14). */
export class PayloadTooLargeError extends ValidationError {}

/** Too many of something at once for one user (open live streams): HTTP 429. */
export class TooManyRequestsError extends ValidationError {}

/** The message to show a user: ours if we wrote it, otherwise a generic one. */
export function toUserMessage(error: unknown, locale: string): string {
  if (error instanceof UserFacingError || isUserFacing(error)) {
    return locale === "en" ? error.message : error.messageZh;
  }
  console.error(error);
  return locale === "en"
    ? "Something went wrong. Please try again."
    : "操作失败，请重试。";
}

/**
 * An error a user can act on, also when it crossed a worker thread (which
 * keeps its messages but not its class). ImportError (lib/ocr) is pure and
 * does not extend UserFacingError; it has the same shape.
 */
export function isUserFacing(
  e: unknown,
): e is { message: string; messageZh: string } {
  return (
    e instanceof Error &&
    typeof (e as { messageZh?: unknown }).messageZh === "string"
  );
}
