// Every route handler that changes state refuses a request another origin's
// page could have sent (issue 7, §5): found by walking app/api, so a route
// added later is checked too. The signed-in user may do everything here; the
// refusal must come from the origin check, before any body is read.
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it, vi } from "vitest";

import { isSameOrigin } from "@/lib/http/refuse-cross-origin";

vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { ADMIN_SESSION, withSession } =
    await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => ADMIN_SESSION);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const HOST = "desk.folio.test";
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
/** next-auth's own routes carry its double-submit CSRF token (lib/auth); they are tested there. */
const OWN_CSRF = ["app/api/auth/[...nextauth]/route.ts"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

const forged: [string, Record<string, string | null>][] = [
  ["no Origin", { origin: null }],
  ["Origin null (sandboxed page)", { origin: "null" }],
  ["a sibling port", { origin: `http://${HOST}:8080` }],
  ["a sibling subdomain", { origin: "http://evil.folio.test" }],
  ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }],
  ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site none", { "sec-fetch-site": "none" }],
];

function forgedRequest(
  url: string,
  method: string,
  headers: Record<string, string | null>,
): Request {
  const all: Record<string, string> = {
    host: HOST,
    origin: `http://${HOST}`,
    "sec-fetch-site": "same-origin",
    "content-type": "application/json",
  };
  for (const [k, v] of Object.entries(headers)) {
    if (v === null) delete all[k];
    else all[k] = v;
  }
  return new Request(url, { method, headers: all, body: "{}" });
}

describe("state-changing routes refuse cross-origin requests", () => {
  const routes = routeFiles("app/api").filter((f) => !OWN_CSRF.includes(f));

  it("finds the routes (imports, articles, issues)", () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        "app/api/import/analyse/route.ts",
        "app/api/articles/[articleId]/save/route.ts",
        "app/api/issues/[issueId]/replace/route.ts",
      ]),
    );
  });

  it.each(routes)("%s", async (file) => {
    const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<
      string,
      unknown
    >;
    const methods = STATE_CHANGING.filter((m) => typeof mod[m] === "function");
    const segments = file.split("/").slice(2, -1);
    const params = Object.fromEntries(
      segments
        .filter((s) => s.startsWith("["))
        .map((s) => [s.replace(/[[\].]/g, ""), "x1"]),
    );
    const url = `http://${HOST}/api/${segments.map((s) => (s.startsWith("[") ? "x1" : s)).join("/")}`;
    for (const method of methods) {
      const handler = mod[method] as (
        request: Request,
        context: { params: Promise<Record<string, string>> },
      ) => Promise<Response>;
      for (const [label, headers] of forged) {
        const res = await handler(forgedRequest(url, method, headers), {
          params: Promise.resolve(params),
        });
        expect(res.status, `${method} with ${label}`).toBe(403);
        expect(
          ((await res.json()) as { error: { message: string } }).error.message,
          `${method} with ${label}`,
        ).toBe(
          "This request did not come from a Folio page (cross-site request); refused.",
        );
      }
    }
  });
});

describe("isSameOrigin", () => {
  const policy = { publicUrl: undefined, trustedProxyHops: 0 };
  const headers = (h: Record<string, string>) =>
    new Headers({ host: HOST, ...h });

  it("takes a page of the same host and port, with or without Fetch Metadata", () => {
    expect(
      isSameOrigin(
        headers({ origin: `http://${HOST}`, "sec-fetch-site": "same-origin" }),
        policy,
      ),
    ).toBe(true);
    expect(isSameOrigin(headers({ origin: `http://${HOST}` }), policy)).toBe(
      true,
    );
    expect(
      isSameOrigin(headers({ origin: `HTTP://${HOST.toUpperCase()}` }), policy),
    ).toBe(true);
  });

  it("takes the configured public URL when a proxy rewrites Host, and X-Forwarded-Host only behind trusted proxies", () => {
    const proxied = headers({
      host: "127.0.0.1:3000",
      origin: "https://desk.paper.cn",
      "x-forwarded-host": "desk.paper.cn",
    });
    expect(isSameOrigin(proxied, policy)).toBe(false);
    expect(
      isSameOrigin(proxied, {
        publicUrl: "https://desk.paper.cn",
        trustedProxyHops: 0,
      }),
    ).toBe(true);
    expect(
      isSameOrigin(proxied, { publicUrl: undefined, trustedProxyHops: 1 }),
    ).toBe(true);
    // The public URL's scheme counts: an http page is another origin.
    const plain = headers({
      host: "127.0.0.1:3000",
      origin: "http://desk.paper.cn",
    });
    expect(
      isSameOrigin(plain, {
        publicUrl: "https://desk.paper.cn",
        trustedProxyHops: 0,
      }),
    ).toBe(false);
  });

  it("refuses a malformed Origin", () => {
    expect(isSameOrigin(headers({ origin: "not a url" }), policy)).toBe(false);
  });
});
