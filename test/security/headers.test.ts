// Security headers (issue 7, §7): a per-response nonce CSP on pages with
// frame-ancestors 'none' for staff pages, a closed CSP on API answers, and
// nosniff, Referrer-Policy and Permissions-Policy on every response.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import nextConfig from "@/next.config";
import { proxy } from "@/proxy";

const page = (path: string) =>
  proxy(new NextRequest(`http://desk.folio.test${path}`));
const nonceOf = (policy: string | null) =>
  /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

describe("security headers", () => {
  it("gives each staff page a fresh nonce, scripts only with it, and no framing", () => {
    const first = page("/desk/issues/x1");
    const policy = first.headers.get("content-security-policy")!;
    expect(policy).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/,
    );
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    // Next.js reads the nonce from the request's policy: the proxy passes it on.
    expect(
      first.headers.get("x-middleware-request-content-security-policy"),
    ).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(
      nonceOf(policy),
    );
    expect(
      nonceOf(page("/desk/issues/x1").headers.get("content-security-policy")),
    ).not.toBe(nonceOf(policy));
    expect(page("/signin").headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });

  it("sends no HSTS without an https public URL: a LAN server on http stays reachable", () => {
    expect(page("/desk").headers.get("strict-transport-security")).toBeNull();
  });

  it("lets the public home be framed by the site itself only", () => {
    const home = page("/");
    expect(home.headers.get("content-security-policy")).toContain(
      "frame-ancestors 'self'",
    );
    expect(home.headers.get("x-frame-options")).toBeNull();
  });

  it("sends nosniff, Referrer-Policy and Permissions-Policy on every response, and a closed CSP on API answers", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*")!;
    expect(
      Object.fromEntries(all.headers.map((h) => [h.key, h.value])),
    ).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    const api = rules.find((r) => r.source === "/api/:path*")!;
    expect(api.headers).toEqual([
      {
        key: "Content-Security-Policy",
        value: "default-src 'none'; frame-ancestors 'none'",
      },
    ]);
  });
});
