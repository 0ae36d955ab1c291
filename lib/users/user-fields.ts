// An account's email and display name as entered on a form: trimmed, the
// email lowercased as sign-in does (lib/auth/verify-credentials.ts), each
// refused with a message in both languages.
import { credentialsSchema } from "@/lib/auth/verify-credentials";
import { ValidationError } from "@/lib/errors";

export const NAME_MAX_LENGTH = 100;

/** The email as stored and signed in with; ValidationError unless it is one. */
export function normalizeEmail(raw: string): string {
  const parsed = credentialsSchema.shape.email.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError(
      "Enter a valid email address.",
      "请填写有效的邮箱地址。",
    );
  return parsed.data;
}

/** The display name, trimmed; ValidationError when empty or over NAME_MAX_LENGTH characters. */
export function normalizeName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, " ");
  if (name === "")
    throw new ValidationError("Enter the user's name.", "请填写姓名。");
  if ([...name].length > NAME_MAX_LENGTH)
    throw new ValidationError(
      `The name can be at most ${NAME_MAX_LENGTH} characters long.`,
      `姓名最多 ${NAME_MAX_LENGTH} 个字符。`,
    );
  return name;
}
