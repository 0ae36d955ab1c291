// The one cross-site request forgery check for route handlers that change
// state. Server actions get Next.js's own Origin check; route handlers get
// this one. SameSite=Lax cookies do not stop a page on a sibling port or
// subdomain (same site, other origin), so the origin itself is checked.
import { env } from "@/lib/env";

import { CrossOriginError } from "./cross-origin-error";

/** What a request must match: the configured public origin, and how far X-Forwarded-Host is trusted. */
export interface OriginPolicy {
  /** "https://desk.paper.cn", or undefined to accept the request's own Host only. */
  publicUrl: string | undefined;
  trustedProxyHops: number;
}

/**
 * True when a browser page of this very origin sent the request:
 *
 * - `Sec-Fetch-Site`, when the browser sends it, is `same-origin` (W3C Fetch
 *   Metadata Request Headers; `same-site` is a sibling port or subdomain,
 *   `none` a typed address or bookmark, `cross-site` another site);
 * - `Origin` is present and names the request's own host (the `Host` the
 *   browser addressed, or `X-Forwarded-Host` behind a trusted proxy) or the
 *   configured public URL (OWASP CSRF Prevention Cheat Sheet, "Verifying
 *   origin with standard headers"). Browsers send `Origin` on every POST
 *   (Fetch standard, §3.1.6, with any Referrer-Policy Folio sets), so a
 *   missing one is no page of ours.
 */
export function isSameOrigin(headers: Headers, policy: OriginPolicy): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null || origin === "null") return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (policy.publicUrl && originUrl.origin === policy.publicUrl) return true;
  const hosts = [headers.get("host")];
  if (policy.trustedProxyHops > 0)
    hosts.push(headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? null);
  return hosts.some(
    (host) =>
      host !== null && host !== "" && host.toLowerCase() === originUrl.host,
  );
}

/**
 * Throws CrossOriginError (a PermissionError: 403) unless isSameOrigin holds for
 * the request with the configured policy (FOLIO_PUBLIC_URL,
 * FOLIO_TRUSTED_PROXY_HOPS). Call it first in every route handler that
 * changes state, before reading the body.
 */
export function refuseCrossOrigin(request: Request): void {
  const { publicUrl, trustedProxyHops } = env();
  if (!isSameOrigin(request.headers, { publicUrl, trustedProxyHops }))
    throw new CrossOriginError();
}
