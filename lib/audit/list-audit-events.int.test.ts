// The audit log read back: filters, keyset pages both ways, what each
// reader's scope shows, the CSV stream, and the migration's backfill of the
// paper; on both databases.
import fs from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { createIssue } from "@/lib/issues/create-issue";

import { streamAuditCsv } from "./audit-csv";
import { describeAuditEntities, entityKey } from "./describe-audit-entities";
import { listAuditEvents } from "./list-audit-events";
import { recordAudit } from "./record-audit";

const T0 = Date.UTC(2026, 0, 10, 0, 0, 0);
const MINUTE = 60_000;

describe(`the audit log (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  const prisma = () => database.prisma;
  let daily: string;
  let weekly: string;
  let alice: string;
  let bob: string;

  beforeEach(async () => {
    await truncateAll(database);
    daily = (
      await prisma().publication.create({
        data: { name: "平湖日报", slug: "daily", timezone: "Asia/Shanghai" },
      })
    ).id;
    weekly = (
      await prisma().publication.create({
        data: { name: "平湖周刊", slug: "weekly" },
      })
    ).id;
    alice = (
      await prisma().user.create({
        data: { email: "alice@folio.test", name: "王芳", passwordHash: "x" },
      })
    ).id;
    bob = (
      await prisma().user.create({
        data: { email: "bob@folio.test", name: "李华", passwordHash: "x" },
      })
    ).id;
  });

  /** `n` events, one a minute from T0: alternately by Alice and Bob, on the daily's issue, the weekly's, or a sign-in. */
  async function seed(n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const kind = i % 3;
      const row = (await recordAudit(prisma(), {
        actorId: i % 2 === 0 ? alice : bob,
        publicationId: kind === 0 ? daily : kind === 1 ? weekly : null,
        event:
          kind === 2
            ? {
                action: "auth.sign-in.failed",
                entityType: "User",
                entityId: alice,
                data: { reason: "password", addressGroup: "10.0.0.1" },
              }
            : ({
                action: kind === 0 ? "issue.waive" : "layout.page.add",
                entityType: "Issue",
                entityId: kind === 0 ? "issue-d" : "issue-w",
                data:
                  kind === 0
                    ? { finding: `f${i}`, reason: "原因" }
                    : { layoutVersion: i, pageId: "p", number: 5, name: null },
              } as never),
      })) as { id: string };
      await prisma().auditEvent.update({
        where: { id: row.id },
        data: { createdAt: new Date(T0 + i * MINUTE) },
      });
      ids.push(row.id);
    }
    return ids;
  }

  it("pages 50 at a time, newest first, forward and back again, by (time, id) even where times tie", async () => {
    await seed(120);
    // Two more at the same instant as event 60: the id breaks the tie.
    for (const finding of ["tie-a", "tie-b"]) {
      const row = (await recordAudit(prisma(), {
        actorId: alice,
        publicationId: daily,
        event: {
          action: "issue.unwaive",
          entityType: "Issue",
          entityId: "issue-d",
          data: { finding },
        },
      })) as { id: string };
      await prisma().auditEvent.update({
        where: { id: row.id },
        data: { createdAt: new Date(T0 + 60 * MINUTE) },
      });
    }
    const seen: string[] = [];
    let page = await listAuditEvents(prisma(), "all", {});
    const pages = [page];
    expect(page.newer).toBeNull();
    while (page.older) {
      page = await listAuditEvents(prisma(), "all", {}, { older: page.older });
      pages.push(page);
    }
    for (const p of pages) seen.push(...p.rows.map((r) => r.id));
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 22]);
    expect(new Set(seen).size).toBe(122);
    const times = pages.flatMap((p) =>
      p.rows.map((r) => r.createdAt.getTime()),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(pages[2]!.older).toBeNull();
    // Back from the last page: the middle page again, exactly.
    const back = await listAuditEvents(
      prisma(),
      "all",
      {},
      {
        newer: pages[2]!.newer,
      },
    );
    expect(back.rows.map((r) => r.id)).toEqual(pages[1]!.rows.map((r) => r.id));
    expect(back.newer).not.toBeNull();
    expect(back.older).not.toBeNull();
    const first = await listAuditEvents(
      prisma(),
      "all",
      {},
      {
        newer: back.newer,
      },
    );
    expect(first.rows.map((r) => r.id)).toEqual(
      pages[0]!.rows.map((r) => r.id),
    );
    expect(first.newer).toBeNull();
    // Rows come back typed, with who and which paper.
    const row = pages[0]!.rows.find((r) => r.action === "issue.waive")!;
    expect(row.event?.action).toBe("issue.waive");
    expect(row.publication?.name).toBe("平湖日报");
    expect(row.actor?.name).toMatch(/王芳|李华/);
  });

  it("filters by paper, actor, action or prefix, entity and day (in the paper's time zone, else UTC)", async () => {
    await seed(30);
    const count = async (q: Parameters<typeof listAuditEvents>[2]) =>
      (await listAuditEvents(prisma(), "all", q)).rows.length;
    expect(await count({ paper: daily })).toBe(10);
    expect(await count({ actor: bob })).toBe(15);
    expect(await count({ action: "issue.waive" })).toBe(10);
    expect(await count({ action: "layout." })).toBe(10);
    expect(await count({ action: "issue." })).toBe(10);
    expect(await count({ action: "auth." })).toBe(10);
    expect(await count({ action: "issue" })).toBe(0);
    expect(await count({ entityType: "User", entityId: alice })).toBe(10);
    expect(await count({ entityId: "issue-w" })).toBe(10);
    expect(await count({ paper: daily, actor: alice })).toBe(5);
    // Events run 00:00–00:29 UTC on 10 January: 08:00–08:29 that day in Shanghai.
    expect(await count({ from: "2026-01-10", to: "2026-01-10" })).toBe(30);
    expect(await count({ from: "2026-01-11" })).toBe(0);
    expect(await count({ to: "2026-01-09" })).toBe(0);
    expect(
      await count({ paper: daily, from: "2026-01-10", to: "2026-01-10" }),
    ).toBe(10);
    // A Shanghai day starts at 16:00 UTC the day before: an event at 15:59 UTC on the 10th
    // is on the 10th there, one at 16:00 UTC is on the 11th.
    for (const [at, finding] of [
      [Date.UTC(2026, 0, 10, 15, 59), "late"],
      [Date.UTC(2026, 0, 10, 16, 0), "next-day"],
    ] as const) {
      const row = (await recordAudit(prisma(), {
        actorId: null,
        publicationId: daily,
        event: {
          action: "issue.unwaive",
          entityType: "Issue",
          entityId: "issue-d",
          data: { finding },
        },
      })) as { id: string };
      await prisma().auditEvent.update({
        where: { id: row.id },
        data: { createdAt: new Date(at) },
      });
    }
    const eleventh = await listAuditEvents(prisma(), "all", {
      paper: daily,
      from: "2026-01-11",
      to: "2026-01-11",
    });
    expect(eleventh.timeZone).toBe("Asia/Shanghai");
    expect(eleventh.rows.map((r) => r.data)).toEqual([{ finding: "next-day" }]);
    // Without a paper the day is UTC's: both are on the 10th.
    expect(
      await count({
        action: "issue.unwaive",
        from: "2026-01-10",
        to: "2026-01-10",
      }),
    ).toBe(2);
  });

  it("shows a chief editor their papers' events only, and installation events to administrators alone", async () => {
    await seed(30);
    const ofDaily = await listAuditEvents(prisma(), [daily], {});
    expect(ofDaily.rows).toHaveLength(10);
    expect(new Set(ofDaily.rows.map((r) => r.publication?.id))).toEqual(
      new Set([daily]),
    );
    // Asking for the other paper within that scope finds nothing.
    expect(
      (await listAuditEvents(prisma(), [daily], { paper: weekly })).rows,
    ).toEqual([]);
    expect(
      (await listAuditEvents(prisma(), [daily, weekly], { action: "auth." }))
        .rows,
    ).toEqual([]);
    expect((await listAuditEvents(prisma(), [], {})).rows).toEqual([]);
    expect(
      (await listAuditEvents(prisma(), "all", { action: "auth." })).rows,
    ).toHaveLength(10);
  });

  it("streams the same events as CSV in batches: BOM, CRLF, quoted where needed, formulas neutralised", async () => {
    await seed(1_100);
    const row = (await recordAudit(prisma(), {
      actorId: alice,
      publicationId: daily,
      event: {
        action: "issue.waive",
        entityType: "Issue",
        entityId: "issue-d",
        data: { finding: '=HYPERLINK("http://x")', reason: '换行\n,引号"' },
      },
    })) as { id: string };
    await prisma().auditEvent.update({
      where: { id: row.id },
      data: { createdAt: new Date(T0 + 2_000 * MINUTE) },
    });
    await prisma().user.update({
      where: { id: alice },
      data: { name: `=cmd|' /C calc'!A0,"x"` },
    });
    const csv = async (
      query: Parameters<typeof streamAuditCsv>[2],
      scope: "all" | string[] = "all",
    ) => {
      const stream = streamAuditCsv(prisma(), scope, query, {
        label: (a) => (a === "issue.waive" ? "说明检查结果" : a),
        headers: [
          "时间",
          "操作人",
          "邮箱",
          "操作",
          "操作代码",
          "报纸",
          "对象类型",
          "对象 ID",
          "详情",
        ],
      });
      return new Uint8Array(await new Response(stream).arrayBuffer());
    };
    const bytes = await csv({});
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith("\r\n")).toBe(true);
    const records = parse(text) as string[][];
    // The header, then 1,101 events: more than two batches of 500.
    expect(records).toHaveLength(1_102);
    expect(
      text.startsWith(
        "时间 (UTC),操作人,邮箱,操作,操作代码,报纸,对象类型,对象 ID,详情\r\n",
      ),
    ).toBe(true);
    // The newest: the actor's name neutralised and quoted (comma, quotes), the JSON quoted.
    const newest = text.split("\r\n")[1]!;
    expect(
      newest.startsWith(
        `2026-01-11 09:20:00,"'=cmd|' /C calc'!A0,""x""",alice@folio.test,说明检查结果,issue.waive,平湖日报,Issue,issue-d,"{`,
      ),
    ).toBe(true);
    const [time, who, , label, key, paper, type, entityId, details] =
      records[1]!;
    expect([time, who, label, key, paper, type, entityId]).toEqual([
      "2026-01-11 09:20:00",
      `'=cmd|' /C calc'!A0,"x"`,
      "说明检查结果",
      "issue.waive",
      "平湖日报",
      "Issue",
      "issue-d",
    ]);
    expect(JSON.parse(details!)).toEqual({
      finding: '=HYPERLINK("http://x")',
      reason: '换行\n,引号"',
    });
    expect(records.at(-1)![0]).toBe("2026-01-10 00:00:00");
    // The same filters as the page, and the same scope.
    const daily10 = parse(
      new TextDecoder().decode(
        (await csv({ paper: daily, to: "2026-01-10" }, [daily])).slice(3),
      ),
    ) as string[][];
    expect(daily10[0]![0]).toBe("时间 (Asia/Shanghai)");
    // Daily events before 2026-01-11 00:00 Shanghai (16:00 UTC on the 10th = minute 960).
    expect(daily10.length - 1).toBe(Math.ceil(960 / 3));
    expect(daily10.every((r, i) => i === 0 || r[5] === "平湖日报")).toBe(true);
  });

  it("backfills the paper of events written before the column, from their issue, article, page, pair or paper", async () => {
    const { issueId } = await createIssue(
      prisma(),
      { publicationId: daily, date: "2026-01-10", number: 1 },
      null,
    );
    const page = await prisma().page.findFirstOrThrow({ where: { issueId } });
    const article = await prisma().article.create({
      data: { issueId, headline: "标题", body: {}, bodyText: "" },
    });
    const pair = await prisma().learnedPair.create({
      data: { publicationId: weekly, misread: "各创", correction: "名创" },
    });
    const rows: [string, string, string | null][] = [
      ["Issue", issueId, daily],
      ["Article", article.id, daily],
      ["Page", page.id, daily],
      ["LearnedPair", pair.id, weekly],
      ["Publication", weekly, weekly],
      ["User", alice, null],
      ["Issue", "gone", null],
    ];
    await prisma().auditEvent.deleteMany({});
    for (const [entityType, entityId] of rows)
      await prisma().auditEvent.create({
        data: { action: "x", entityType, entityId, data: {} },
      });
    const sql = fs.readFileSync(
      path.join(
        __dirname,
        "../../prisma/migrations/20261208043844_audit_publication/migration.sql",
      ),
      "utf8",
    );
    const updates = sql
      .split(";")
      .filter((s) => /^\s*(--.*\n\s*)*UPDATE/.test(s));
    expect(updates).toHaveLength(5);
    for (const statement of updates)
      await prisma().$executeRawUnsafe(statement);
    const after = await prisma().auditEvent.findMany({
      select: { entityType: true, entityId: true, publicationId: true },
    });
    for (const [entityType, entityId, publicationId] of rows)
      expect(
        after.find(
          (a) => a.entityType === entityType && a.entityId === entityId,
        )?.publicationId,
        `${entityType} ${entityId}`,
      ).toBe(publicationId);
  });

  it("names a page's entities in one query per type: an issue by its date, an article by its headline", async () => {
    const { issueId } = await createIssue(
      prisma(),
      { publicationId: daily, date: "2026-01-10", number: 8123 },
      null,
    );
    const article = await prisma().article.create({
      data: { issueId, headline: "乡村振兴绘新景", body: {}, bodyText: "" },
    });
    const names = await describeAuditEntities(prisma(), [
      { entityType: "Issue", entityId: issueId },
      { entityType: "Article", entityId: article.id },
      { entityType: "User", entityId: alice },
      { entityType: "Issue", entityId: "gone" },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      [entityKey("Issue", issueId)]: "2026-01-10 第8123期",
      [entityKey("Article", article.id)]: "《乡村振兴绘新景》",
      [entityKey("User", alice)]: "王芳",
    });
  });
});
