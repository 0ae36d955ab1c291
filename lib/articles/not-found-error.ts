// Something the request names does not exist (any more): an article, an
// issue, a revision, a find & replace batch. Routes answer 404.
import { UserFacingError } from "@/lib/errors";

export class NotFoundError extends UserFacingError {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The article is gone (deleted with its page) or the id is wrong. */
export const articleNotFound = () =>
  new NotFoundError("This article does not exist.", "找不到这篇稿件。");

/** The issue is gone or the id is wrong. */
export const issueNotFound = () =>
  new NotFoundError("This issue does not exist.", "找不到这一期。");
