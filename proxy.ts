// Next.js Proxy (formerly middleware), run before every page: a fresh nonce
// and the page's Content-Security-Policy (lib/http/security-headers.ts), on
// the request too, which is where Next.js reads the nonce for its own inline
// and bundled scripts. Pages are rendered per request (the root layout reads
// the locale cookie), so every page gets its nonce.
import { type NextRequest, NextResponse } from "next/server";

import { env } from "@/lib/env";
import {
  isPublicPath,
  pagePolicy,
  strictTransportSecurity,
} from "@/lib/http/security-headers";

/** next-auth's session cookie, over HTTP and over HTTPS. */
const SESSION_COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
];

/** Adds the page's security headers; see lib/http/security-headers.ts for the policy. */
export function proxy(request: NextRequest) {
  const preview = request.nextUrl.pathname.startsWith("/preview/");
  // A preview is for signed-in staff: without a session cookie, nothing of it
  // is rendered at all (the page itself checks the session and the role).
  if (preview && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(
    crypto.getRandomValues(new Uint8Array(18)),
  ).toString("base64");
  const { nodeEnv, publicUrl } = env();
  const policy = pagePolicy({
    nonce,
    pathname: request.nextUrl.pathname,
    development: nodeEnv === "development",
    https: publicUrl?.startsWith("https://") ?? false,
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (!isPublicPath(request.nextUrl.pathname))
    response.headers.set("X-Frame-Options", "DENY");
  // On pages, which is where a browser arrives: one answer from the host is enough for it to remember.
  // Never kept by a shared cache: a preview shows what readers must not see yet.
  if (preview) response.headers.set("Cache-Control", "private, no-store");
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API answers, static files and images get theirs from next.config.ts.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
