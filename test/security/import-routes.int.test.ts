// The import routes under hostile and careless input, on both databases
// (issue 7, §1–§5), called as Next.js calls them: limits checked before the
// work they bound, the server answering while an import runs, nothing stored
// the editor could not open, every malformed request a 4xx with a message,
// and cross-site posts refused. Large inputs that take long are measured by
// `npm run bench` (bench/hardening.ts) instead.
import fs from "node:fs";

import type { Role } from "@prisma/client";
import { zipSync } from "fflate";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import { GET as health } from "@/app/api/health/route";
import { POST as analyse } from "@/app/api/import/analyse/route";
import { POST as commit } from "@/app/api/import/commit/route";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";
import { createStaff } from "@/lib/testing/create-staff";
import { multipartRequest, rawRequest } from "@/lib/testing/multipart-request";
import { repairFloodPage } from "@/lib/testing/repair-flood";
import { closePools } from "@/lib/workers/pool";

const as = vi.hoisted(() => ({
  role: "PAGE_EDITOR" as Role | "ADMIN" | null,
  publicationIds: [] as string[],
  id: "",
  locale: "zh-CN",
}));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { withSession } = await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => as);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => as.locale }));
// The test database is migrated already; health checks only that it answers.
vi.mock("@/lib/setup/prepare-database", () => ({
  prepareDatabase: async () => undefined,
}));

const SEED = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md");
const utf8 = (s: string) => new TextEncoder().encode(s);
type ErrorBody = { error: { file: string | null; message: string } };

function importForm(
  files: { name: string; bytes: Uint8Array | string }[],
  fields: Record<string, string> = { date: "2024-01-03" },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files)
    form.append(
      "files",
      new File(
        [typeof f.bytes === "string" ? f.bytes : new Uint8Array(f.bytes)],
        f.name,
      ),
    );
  return form;
}

describe(`import routes under hostile input (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(() => setDatabase(database));
  afterAll(async () => {
    setDatabase(undefined);
    await closePools();
  });
  beforeEach(async () => {
    await truncateAll(database);
    const paper = await database.prisma.publication.create({
      data: { name: "平湖日报", slug: "pinghu" },
    });
    const id = await createStaff(database.prisma, {
      email: "editor@folio.test",
      role: "PAGE_EDITOR",
      publicationIds: [paper.id],
    });
    Object.assign(as, {
      role: "PAGE_EDITOR",
      id,
      publicationIds: [paper.id],
      locale: "en",
    });
  });
  const stored = async () => ({
    sources: await database.prisma.ocrSource.count(),
    articles: await database.prisma.article.count(),
    issues: await database.prisma.issue.count(),
  });
  const nothing = { sources: 0, articles: 0, issues: 0 };

  it("§1 adds up the declared sizes of all archives before inflating any", async () => {
    // Twenty honest archives, each three text pages of 1 MiB, a few KiB compressed: 60 MiB unpacked.
    const page = (n: number) =>
      utf8(
        `# 第${n}篇\n\n${"平湖经济持续向好。".repeat(40_000)}`.slice(
          0,
          1024 * 1024,
        ),
      );
    const honest = zipSync({
      "p1.md": page(1),
      "p2.md": page(2),
      "p3.md": page(3),
    });
    // The first archive's data is damaged: inflating it first would answer that, not the total.
    const damaged = honest.slice();
    damaged.fill(0xff, 40, 60);
    const archives = [damaged, ...Array.from({ length: 19 }, () => honest)].map(
      (bytes, i) => ({ name: `issue-${i + 1}.zip`, bytes }),
    );
    const res = await analyse(await multipartRequest(importForm(archives)));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error).toEqual({
      message:
        "The files of this upload add up to more than 48 MiB (archives counted unpacked, from their directories); import the issue in parts",
    });
    const tooMany = Array.from(
      { length: INPUT_LIMITS.maxArchives + 1 },
      (_, i) => ({
        name: `p${i + 1}.zip`,
        bytes: zipSync({ [`p${i + 1}.md`]: utf8("# 标题\n\n正文。") }),
      }),
    );
    const many = await analyse(await multipartRequest(importForm(tooMany)));
    expect(many.status).toBe(422);
    expect(((await many.json()) as ErrorBody).error.message).toMatch(
      /^The upload holds more than 40 zip archives/,
    );
  });

  it("§1 refuses 200,000 one-byte file parts at the 1,001st file, reading no further", async () => {
    const boundary = "----folio-flood";
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="p.md"\r\nContent-Type: text/plain\r\n\r\nx\r\n`;
    const body = utf8(
      `--${boundary}\r\nContent-Disposition: form-data; name="date"\r\n\r\n2024-01-03\r\n${part.repeat(200_000)}--${boundary}--\r\n`,
    );
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= body.length) return controller.close();
        const chunk = body.subarray(pulled, pulled + 64 * 1024);
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://desk.folio.test/api/import/commit", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: {
        host: "desk.folio.test",
        origin: "http://desk.folio.test",
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(body.length),
      },
    } as RequestInit);
    const res = await commit(request);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.message).toBe(
      "The upload has more than 1000 files; refused.",
    );
    expect(body.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(pulled).toBeLessThan(1024 * 1024);
    expect(await stored()).toEqual(nothing);
  });

  it("§2 answers other requests while an upload is segmented and stored", async () => {
    // About 150 articles: long enough to watch, short enough for the suite.
    const text = Array.from({ length: 30 }, (_, i) =>
      SEED.toString("utf8").replace(
        /^## (.*)$/gm,
        (_m, h: string) => `## ${h}（${i + 1}）`,
      ),
    ).join("\n\n");
    const importing = commit(
      await multipartRequest(importForm([{ name: "p01.md", bytes: text }]), {
        path: "/api/import/commit",
      }),
    );
    let finished = false;
    void importing.then(() => (finished = true));
    let answeredDuring = 0;
    while (!finished) {
      const res = await health();
      if (res.status === 200 && !finished) answeredDuring++;
      await new Promise((r) => setTimeout(r, 5));
    }
    const res = await importing;
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { summary: { articleCount: number } }).summary
        .articleCount,
    ).toBeGreaterThan(100);
    expect(answeredDuring).toBeGreaterThan(0);
  });

  it("§3 refuses an article the editor could not open, storing nothing", async () => {
    const long = await commit(
      await multipartRequest(
        importForm([
          { name: "p1.md", bytes: `# 长段落\n\n${"平湖".repeat(75_001)}。\n` },
        ]),
        { path: "/api/import/commit" },
      ),
    );
    expect(long.status).toBe(422);
    expect(((await long.json()) as ErrorBody).error).toEqual({
      file: "p1.md",
      message:
        "page 1, article 1 (“长段落”): paragraph 1 has 150,003 characters, more than 100,000; the editor could not open it. Nothing was stored; check the OCR file",
    });
    as.locale = "zh-CN";
    const paragraphs = Array.from(
      { length: 6000 },
      (_, i) => `第${i + 1}段。`,
    ).join("\n\n");
    const many = await commit(
      await multipartRequest(
        importForm([{ name: "p2.md", bytes: `# 六千段\n\n${paragraphs}\n` }]),
        { path: "/api/import/commit" },
      ),
    );
    expect(many.status).toBe(422);
    expect(((await many.json()) as ErrorBody).error.message).toBe(
      "第2版第1篇《六千段》：共有 6,000 段，超过 5,000 段的上限，编辑器无法打开。本次未做任何改动，请检查 OCR 文件",
    );
    expect(await stored()).toEqual(nothing);
  });

  it("§3 refuses floods of automatic repairs with a 422 and nothing stored, and stores a page at the limit (issue 14)", async () => {
    // 2 MiB of "平,湖": 299,000 repairs on one page, once a 500 (a stack overflow building rows).
    const flood = repairFloodPage(299_000);
    expect(utf8(flood).byteLength).toBeLessThanOrEqual(
      INPUT_LIMITS.maxTextFileBytes,
    );
    as.locale = "zh-CN";
    for (const route of [analyse, commit]) {
      const res = await route(
        await multipartRequest(
          importForm([{ name: "flood.md", bytes: flood }], {
            date: "2024-01-03",
            page: "3",
          }),
        ),
      );
      expect(res.status).toBe(422);
      expect(((await res.json()) as ErrorBody).error).toEqual({
        file: "flood.md",
        message:
          "第3版：OCR 文本需要 299,000 处自动修正，超过每版 20,000 处的上限，文本很可能识别有误。本次未做任何改动，请检查 OCR 文件",
      });
    }
    // Pages each within their limit, together over the import's.
    const perPage = INPUT_LIMITS.maxRepairsPerPage;
    const pages = Math.floor(INPUT_LIMITS.maxRepairs / perPage) + 1;
    const files = Array.from({ length: pages }, (_, i) => ({
      name: `p${i + 1}.md`,
      bytes: repairFloodPage(perPage, `第${i + 1}篇`),
    }));
    as.locale = "en";
    const total = await commit(await multipartRequest(importForm(files)));
    expect(total.status).toBe(422);
    expect(((await total.json()) as ErrorBody).error).toEqual({
      message: `The upload needed ${(pages * perPage).toLocaleString("en-US")} automatic repairs; one import may have 50,000. Import the issue in parts or check the OCR files`,
    });
    expect(await stored()).toEqual(nothing);

    const atLimit = await commit(
      await multipartRequest(
        importForm([{ name: "p1.md", bytes: repairFloodPage(perPage) }], {
          date: "2024-01-03",
          page: "1",
        }),
      ),
    );
    expect(atLimit.status).toBe(200);
    expect(await database.prisma.repair.count()).toBe(perPage);
  });

  it("§4 answers malformed requests with 400, 413 or 422 and what is wrong, never 500", async () => {
    const cases: [string, Request, number, RegExp][] = [
      [
        "a JSON body",
        rawRequest('{"date":"2024-01-03"}', "application/json"),
        400,
        /^The upload must be a multipart form/,
      ],
      [
        "multipart without a boundary",
        rawRequest("--x\r\n", "multipart/form-data"),
        400,
        /^The upload must be a multipart form/,
      ],
      [
        "a truncated multipart",
        rawRequest(
          '--b\r\nContent-Disposition: form-data; name="date"\r\n\r\n2024-01-03\r\n--b\r\nContent-Disposition: form-data; name="files"; filename="p1.md"\r\n\r\n# 标',
          "multipart/form-data; boundary=b",
        ),
        400,
        /^The upload is not a complete form \(Unexpected end of form\)/,
      ],
      [
        "a body without a length",
        rawRequest("x", "multipart/form-data; boundary=b", {
          headers: { "content-length": "" },
        }),
        413,
        /no length/,
      ],
      [
        "year 0",
        await multipartRequest(
          importForm([{ name: "p1.md", bytes: SEED }], { date: "0000-01-01" }),
        ),
        422,
        /^Invalid issue date "0000-01-01": the year must be between 1600 and 2999\.$/,
      ],
      [
        "a page that is no number",
        await multipartRequest(
          importForm([{ name: "p1.md", bytes: SEED }], {
            date: "2024-01-03",
            page: "一",
          }),
        ),
        422,
        /^The form is not valid: page is not /,
      ],
      [
        "no file",
        await multipartRequest(importForm([])),
        422,
        /^Choose at least one file\.$/,
      ],
    ];
    for (const [label, request, status, message] of cases) {
      for (const route of [analyse, commit]) {
        const res = await route(request.clone());
        expect(res.status, label).toBe(status);
        expect(((await res.json()) as ErrorBody).error.message, label).toMatch(
          message,
        );
      }
    }
    expect(await stored()).toEqual(nothing);
  });

  it("§4 names the file once in an error, and in the already-imported conflict", async () => {
    as.locale = "zh-CN";
    const blank = await analyse(
      await multipartRequest(importForm([{ name: "X.md", bytes: " \n" }])),
    );
    expect(blank.status).toBe(422);
    expect(((await blank.json()) as ErrorBody).error).toEqual({
      file: "X.md",
      message: "文件只有空白，没有文字",
    });

    const first = await commit(
      await multipartRequest(
        importForm([{ name: "p1.md", bytes: SEED }], {
          date: "2024-01-03",
          page: "1",
        }),
      ),
    );
    expect(first.status).toBe(200);
    const again = await commit(
      await multipartRequest(
        importForm([{ name: "p1.md", bytes: SEED }], {
          date: "2024-01-03",
          page: "1",
        }),
      ),
    );
    expect(again.status).toBe(409);
    const { error } = (await again.json()) as ErrorBody;
    expect(error.file).toBe("p1.md");
    expect(error.message).toMatch(
      /^此文件已导入本期（\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC），未做任何改动。$/,
    );
  });

  it("§5 refuses cross-site posts (missing or foreign Origin, Sec-Fetch-Site other than same-origin), storing nothing", async () => {
    const forged: Record<string, string>[] = [
      { origin: "" },
      { origin: "null" },
      { origin: "http://desk.folio.test:8080" },
      { origin: "http://evil.folio.test" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "none" },
    ];
    for (const headers of forged) {
      for (const route of [analyse, commit]) {
        const request = await multipartRequest(
          importForm([{ name: "p1.md", bytes: SEED }], {
            date: "2024-01-03",
            page: "1",
          }),
          { headers },
        );
        if (headers.origin === "") request.headers.delete("origin");
        const res = await route(request);
        expect(res.status, JSON.stringify(headers)).toBe(403);
      }
    }
    expect(await stored()).toEqual(nothing);
  });
});
