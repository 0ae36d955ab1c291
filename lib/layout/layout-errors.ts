// The errors of layout changes an editor can act on, in both languages.
import { ConflictError, ValidationError } from "@/lib/errors";

/** The board the move was made on is out of date in a way that matters to this move: refresh and do it again. */
export const boardOutOfDate = () =>
  new ConflictError(
    "Someone changed this part of the board meanwhile; nothing was moved. The board has been refreshed: check and move again.",
    "他人刚刚改动了版面的这一部分，本次未移动任何稿件。版面已刷新，请核对后重新操作。",
  );

export const pageNotInIssue = () =>
  new ValidationError("This page is not in the issue.", "本期没有这个版面。");

export const partNotInIssue = () =>
  new ValidationError(
    "This article part is not in the issue.",
    "本期没有这部分稿件。",
  );

export const alreadyOnPage = (page: number) =>
  new ValidationError(
    `This article already has a part on page ${page}; a story continues on another page.`,
    `这篇稿件在第${page}版已有一部分，转版只能转到其他版面。`,
  );
