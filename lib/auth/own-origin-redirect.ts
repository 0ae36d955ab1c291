// Where next-auth may send the browser after signing in or out: Folio's own
// origin only (OWASP Unvalidated Redirects and Forwards Cheat Sheet). A
// `callbackUrl` naming another site, or a scheme-relative "//evil.example",
// lands on the desk's home instead.

/**
 * `url` if it is a path on Folio or a URL of Folio's origin, else `home`.
 * Folio's origin is `publicUrl` (FOLIO_PUBLIC_URL) when configured, else
 * next-auth's `baseUrl` (the request's own Host: client-sent X-Forwarded-Host
 * is dropped without a trusted proxy, lib/http/client-address.ts). Relative
 * paths are resolved against that origin.
 */
export function ownOriginRedirect(
  url: string,
  baseUrl: string,
  publicUrl: string | undefined,
): string {
  let origin: string;
  try {
    origin = new URL(publicUrl ?? baseUrl).origin;
  } catch {
    return "/";
  }
  const home = `${origin}/desk`;
  try {
    const target = new URL(url, origin);
    return target.origin === origin &&
      (target.protocol === "https:" || target.protocol === "http:")
      ? target.href
      : home;
  } catch {
    return home;
  }
}
