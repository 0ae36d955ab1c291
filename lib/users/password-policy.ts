// What a new password must be (issue 15 item 2): at least 10 characters, at
// most 200, and not one of the passwords attackers try first. The list is
// zxcvbn-ts's common passwords (about 49,000, from leaked password sets), not
// one of our own; it is lowercase, and so is the comparison.
import { dictionary } from "@zxcvbn-ts/language-common";

import { ValidationError } from "@/lib/errors";

/** Characters (Unicode code points: 平湖 counts two). */
export const PASSWORD_MIN_LENGTH = 10;
/** UTF-16 code units, as sign-in measures it (lib/auth/verify-credentials.ts): a longer password could never sign in. */
export const PASSWORD_MAX_LENGTH = 200;

let common: ReadonlySet<string> | undefined;

/** Whether `password` is on the common-password list, ignoring case. The list is unpacked on first use. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.toLowerCase());
}

/**
 * Throws a ValidationError (in both languages) unless `password` may be
 * chosen: long enough, not too long, not common. Spaces count and are kept
 * as typed: a passphrase is welcome.
 */
export function assertPasswordAllowed(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    throw new ValidationError(
      `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
      `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`,
    );
  if (password.length > PASSWORD_MAX_LENGTH)
    throw new ValidationError(
      `The password can be at most ${PASSWORD_MAX_LENGTH} characters long.`,
      `密码最多 ${PASSWORD_MAX_LENGTH} 个字符。`,
    );
  if (isCommonPassword(password))
    throw new ValidationError(
      "This password is among the most common ones and easy to guess. Choose another.",
      "该密码属于最常见的密码，容易被猜中，请换一个。",
    );
}
