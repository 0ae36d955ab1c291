// Every route answers a malformed request with a 4xx and a message saying
// what is wrong, never a 500 (issue 7, §4): found by walking app/api, each
// state-changing handler gets broken JSON, the wrong shape, an empty body and
// a form where JSON belongs, from a page of the right origin, by a user who
// may do everything. On both databases.
import fs from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { setDatabase } from "@/lib/db/client";
import { testDatabaseKind, useTestDatabase } from "@/lib/db/test-database";

vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { ADMIN_SESSION, withSession } =
    await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => ADMIN_SESSION);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const HOST = "desk.folio.test";
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const OWN_CSRF = ["app/api/auth/[...nextauth]/route.ts"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

const malformed: [string, string, string][] = [
  ["broken JSON", "application/json", '{"baseVersion": 1,'],
  ["the wrong shape", "application/json", '{"unexpected": [1, 2, 3]}'],
  ["a JSON array", "application/json", "[1, 2]"],
  ["an empty body", "application/json", ""],
  ["a form where JSON belongs", "application/x-www-form-urlencoded", "a=1&b=2"],
];

describe(`malformed requests (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));
  const routes = routeFiles("app/api").filter((f) => !OWN_CSRF.includes(f));

  it.each(routes)("%s", async (file) => {
    const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<
      string,
      unknown
    >;
    const segments = file.split("/").slice(2, -1);
    const params = Object.fromEntries(
      segments
        .filter((s) => s.startsWith("["))
        .map((s) => [s.replace(/[[\].]/g, ""), "x1"]),
    );
    const url = `http://${HOST}/api/${segments.map((s) => (s.startsWith("[") ? "x1" : s)).join("/")}`;
    for (const method of STATE_CHANGING.filter(
      (m) => typeof mod[m] === "function",
    )) {
      const handler = mod[method] as (
        request: Request,
        context: { params: Promise<Record<string, string>> },
      ) => Promise<Response>;
      for (const [label, type, body] of malformed) {
        const request = new Request(url, {
          method,
          headers: {
            host: HOST,
            origin: `http://${HOST}`,
            "sec-fetch-site": "same-origin",
            "content-type": type,
            "content-length": String(Buffer.byteLength(body)),
          },
          body,
        });
        const res = await handler(request, { params: Promise.resolve(params) });
        const answer = (await res.json()) as { error?: { message?: string } };
        expect(
          res.status,
          `${method} with ${label}: ${answer.error?.message}`,
        ).toBeGreaterThanOrEqual(400);
        expect(
          res.status,
          `${method} with ${label}: ${answer.error?.message}`,
        ).toBeLessThan(500);
        expect(answer.error?.message, `${method} with ${label}`).toMatch(/\S/);
        expect(answer.error?.message, `${method} with ${label}`).not.toBe(
          "Something went wrong. Please try again.",
        );
      }
    }
  });
});
