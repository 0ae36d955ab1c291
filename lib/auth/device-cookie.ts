// The device cookie of OWASP's "Slow down online guessing attacks with device
// cookies": after a successful sign-in the browser gets a signed token naming
// a random device id and the account. Presented again, it tells a device the
// account's owner used before, which the account-wide delay of the sign-in
// throttle does not slow down. It grants nothing else: it is no session.
import {
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

export const DEVICE_COOKIE = "folio-device";
/** Half a year: a newsroom PC signs in daily; a stolen cookie still needs the password. */
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

const accountTag = (email: string) =>
  createHash("sha256")
    .update(`folio-device:${email}`)
    .digest("base64url")
    .slice(0, 16);
const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret)
    .update(`folio-device-cookie:${payload}`)
    .digest("base64url");

/** A new device cookie value for `email`: "deviceId.accountTag.signature" (HMAC-SHA256 with `secret`). */
export function issueDeviceCookie(secret: string, email: string): string {
  const payload = `${randomBytes(16).toString("base64url")}.${accountTag(email)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/**
 * The device id of a cookie `value` issued for `email` with `secret`, or null
 * when it is missing, forged, or was issued for another account.
 */
export function readDeviceCookie(
  secret: string,
  email: string,
  value: string | null | undefined,
): string | null {
  const parts = value?.split(".");
  if (parts?.length !== 3) return null;
  const [device, tag, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${device}.${tag}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return null;
  return tag === accountTag(email) ? device : null;
}

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieValue(
  header: string | null | undefined,
  name: string,
): string | null {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at <= 0 || pair.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      return null; // malformed escapes: no cookie of ours
    }
  }
  return null;
}
