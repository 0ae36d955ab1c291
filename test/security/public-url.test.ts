// Behind HTTPS with a configured public URL (issue 7, §7): session and
// device cookies are Secure, pages upgrade their subresources, and a page
// of the public URL may post even when a proxy rewrote the Host header.
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.FOLIO_PUBLIC_URL = "https://desk.paper.cn";
  process.env.NEXTAUTH_SECRET = "public-url-test-secret";
});

import { authOptions } from "@/lib/auth/auth-options";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import { proxy } from "@/proxy";

describe("with FOLIO_PUBLIC_URL=https://desk.paper.cn", () => {
  // Test files may share a process: leave the environment as found.
  afterAll(() => {
    delete process.env.FOLIO_PUBLIC_URL;
  });

  it("marks next-auth's cookies Secure", () => {
    expect(authOptions().useSecureCookies).toBe(true);
  });

  it("tells browsers to use HTTPS only (HSTS) on every page", () => {
    for (const path of ["/", "/desk", "/signin"]) {
      expect(
        proxy(new NextRequest(`http://127.0.0.1:3000${path}`)).headers.get(
          "strict-transport-security",
        ),
      ).toBe("max-age=31536000");
    }
  });

  it("upgrades a page's insecure subresources", () => {
    const res = proxy(new NextRequest("http://127.0.0.1:3000/desk"));
    expect(res.headers.get("content-security-policy")).toMatch(
      /; upgrade-insecure-requests$/,
    );
  });

  it("takes posts from pages of the public URL, behind a proxy that rewrote Host, and no others", () => {
    const post = (origin: string) =>
      new Request("http://127.0.0.1:3000/api/import/commit", {
        method: "POST",
        headers: {
          host: "127.0.0.1:3000",
          origin,
          "sec-fetch-site": "same-origin",
        },
      });
    expect(() =>
      refuseCrossOrigin(post("https://desk.paper.cn")),
    ).not.toThrow();
    expect(() => refuseCrossOrigin(post("http://desk.paper.cn"))).toThrow(
      "cross-site request",
    );
    expect(() => refuseCrossOrigin(post("https://evil.paper.cn"))).toThrow(
      "cross-site request",
    );
  });
});
