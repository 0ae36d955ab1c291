// Bodies are counted while they stream (issue 14, item 3): every route that
// changes state, sign-in included, gets a chunked body (no Content-Length)
// far over its limit and must answer 413 having pulled no more than its
// limit (and one chunk) from the stream; a multipart body that declares a
// small length and sends more is refused once the bytes counted pass the limit.
import fs from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "security-test-secret";
  process.env.NEXTAUTH_URL = "http://desk.folio.test";
});
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { ADMIN_SESSION, withSession } =
    await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => ADMIN_SESSION);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

import { setDatabase } from "@/lib/db/client";
import { testDatabaseKind, useTestDatabase } from "@/lib/db/test-database";
import {
  readMultipart,
  UploadTooLargeError,
} from "@/lib/import/read-multipart";

const HOST = "desk.folio.test";
const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

/** A body of `total` bytes made on demand, 64 KiB a chunk, counting what the reader pulled. */
function endlessBody(total: number, fill = 0x20, head = new Uint8Array(0)) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      const chunk =
        pulled.bytes === 0 && head.length
          ? head
          : new Uint8Array(CHUNK).fill(fill);
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

const contentTypeFor = (file: string) =>
  file.includes("[...nextauth]")
    ? "application/x-www-form-urlencoded"
    : file.includes("/import/")
      ? "multipart/form-data; boundary=xyz"
      : "application/json";

/** The most a route may read before refusing: its limit, plus the chunk that crossed it. */
const allowanceFor = (file: string) =>
  (file.includes("/save/")
    ? 16 * MiB
    : file.includes("[...nextauth]")
      ? 16 * 1024
      : 1 * MiB) +
  2 * CHUNK;

describe(`chunked bodies (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));
  const routes = routeFiles("app/api");

  it.each(routes)(
    "%s refuses a 64 MiB chunked body at its limit with 413",
    async (file) => {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<
        string,
        unknown
      >;
      const segments = file.split("/").slice(2, -1);
      const params = file.includes("[...nextauth]")
        ? { nextauth: ["callback", "credentials"] }
        : Object.fromEntries(
            segments
              .filter((s) => s.startsWith("["))
              .map((s) => [s.replace(/[[\].]/g, ""), "x1"]),
          );
      const url = file.includes("[...nextauth]")
        ? `http://${HOST}/api/auth/callback/credentials`
        : `http://${HOST}/api/${segments.map((s) => (s.startsWith("[") ? "x1" : s)).join("/")}`;
      for (const method of STATE_CHANGING.filter(
        (m) => typeof mod[m] === "function",
      )) {
        const handler = mod[method] as (
          request: Request,
          context: { params: Promise<unknown> },
        ) => Promise<Response>;
        const { stream, pulled } = endlessBody(64 * MiB);
        const request = new Request(url, {
          method,
          headers: {
            host: HOST,
            origin: `http://${HOST}`,
            "sec-fetch-site": "same-origin",
            "content-type": contentTypeFor(file),
          },
          body: stream,
          duplex: "half",
        } as RequestInit);
        const res = await handler(request, { params: Promise.resolve(params) });
        const answer = (await res.json()) as { error?: { message?: string } };
        if (pulled.bytes > 2 * CHUNK) {
          // It read the body: refused at its limit.
          expect(
            res.status,
            `${method} ${file}: ${answer.error?.message}`,
          ).toBe(413);
          expect(answer.error?.message).toMatch(/larger than/);
          expect(
            pulled.bytes,
            `${method} ${file} read before refusing`,
          ).toBeLessThanOrEqual(allowanceFor(file));
        } else {
          // A route that takes no body (or refuses first): it did not read this one.
          expect(
            res.status,
            `${method} ${file}: ${answer.error?.message}`,
          ).toBeGreaterThanOrEqual(400);
          expect(
            res.status,
            `${method} ${file}: ${answer.error?.message}`,
          ).toBeLessThan(500);
        }
      }
    },
  );

  it("counts a multipart body's bytes, not its declared length", async () => {
    const head = new TextEncoder().encode(
      '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n',
    );
    const { stream, pulled } = endlessBody(8 * MiB, 0x61, head);
    const request = new Request(`http://${HOST}/api/import/analyse`, {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=xyz",
        "content-length": "1000",
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const limits = {
      maxBodyBytes: MiB,
      maxFields: 16,
      maxFieldBytes: 1024,
      maxFiles: 10,
      maxArchiveBytes: 100 * MiB,
      maxFileBytes: 100 * MiB,
      maxTotalBytes: 100 * MiB,
    };
    await expect(readMultipart(request, limits)).rejects.toThrow(
      UploadTooLargeError,
    );
    expect(pulled.bytes).toBeLessThanOrEqual(MiB + 2 * CHUNK);
  });
});
