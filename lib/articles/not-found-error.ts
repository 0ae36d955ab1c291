// The not-found errors of the articles and issues a request names (routes answer 404).
import { NotFoundError } from "@/lib/errors";

/** The article is gone (deleted with its page) or the id is wrong. */
export const articleNotFound = () =>
  new NotFoundError("This article does not exist.", "找不到这篇稿件。");

/** The issue is gone or the id is wrong. */
export const issueNotFound = () =>
  new NotFoundError("This issue does not exist.", "找不到这一期。");
