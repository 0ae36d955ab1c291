// The security headers of every response (OWASP HTTP Headers Cheat Sheet):
// a Content-Security-Policy with a fresh nonce for pages (set by proxy.ts,
// which Next.js reads the nonce from for its own scripts), a closed one for
// API answers, and nosniff, Referrer-Policy and Permissions-Policy on
// everything (next.config.ts).

/** Pages anyone may see, and frame: the public site. Everything else is for staff. */
export function isPublicPath(pathname: string): boolean {
  return pathname === "/";
}

export interface PagePolicyOptions {
  /** Fresh for every response: base64 of 16 random bytes or more (CSP3 nonce-source). */
  nonce: string;
  pathname: string;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  development: boolean;
  /** Served over HTTPS (FOLIO_PUBLIC_URL https://…): subresources are upgraded too. */
  https: boolean;
}

/**
 * The Content-Security-Policy of a page. Scripts only with the nonce (and
 * what they load: 'strict-dynamic'), no plugins, no <base> or form targets
 * elsewhere, and no framing of staff pages (frame-ancestors 'none', against
 * clickjacking). Styles allow inline: React renders style attributes, and a
 * style cannot run code.
 */
export function pagePolicy({
  nonce,
  pathname,
  development,
  https,
}: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isPublicPath(pathname) ? "'self'" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Strict-Transport-Security (RFC 6797) when staff reach Folio over HTTPS
 * (FOLIO_PUBLIC_URL https://…): browsers then refuse plain HTTP to the host
 * for a year, so a network attacker cannot strip TLS from the next visit.
 * Not includeSubDomains: the paper's other hosts are not Folio's to decide.
 * Null without an https public URL (a LAN server on http must stay reachable).
 */
export function strictTransportSecurity(
  publicUrl: string | undefined,
): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000" : null;
}

/** API answers are data, never documents: nothing may load, nothing may frame them. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers for every response, whatever produced it. */
export const COMMON_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Staff URLs name issues and articles: they never leave the site. Same-origin requests keep their Origin header.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];
