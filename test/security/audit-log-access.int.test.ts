// Who reads which audit events through GET /api/audit/export, called as
// Next.js calls it: a chief editor of paper A sees A's events and is refused
// B's; installation events (accounts, sign-ins) are for administrators; a
// proofreader is refused. On both databases.
import type { Role } from "@prisma/client";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import { GET as exportCsv } from "@/app/api/audit/export/route";
import { recordAudit } from "@/lib/audit/record-audit";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { createStaff } from "@/lib/testing/create-staff";

const as = vi.hoisted(() => ({
  role: "CHIEF_EDITOR" as Role | "ADMIN" | null,
  publicationIds: [] as string[],
  id: "",
}));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { withSession } = await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => as);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));

describe(`reading the audit log over HTTP (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let paperA: string;
  let paperB: string;

  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));

  beforeEach(async () => {
    await truncateAll(database);
    const prisma = database.prisma;
    paperA = (
      await prisma.publication.create({ data: { name: "平湖日报", slug: "a" } })
    ).id;
    paperB = (
      await prisma.publication.create({ data: { name: "嘉兴周刊", slug: "b" } })
    ).id;
    as.id = await createStaff(prisma, {
      email: "chief@folio.test",
      role: "CHIEF_EDITOR",
      publicationIds: [paperA],
    });
    for (const [publicationId, finding] of [
      [paperA, "finding-of-A"],
      [paperB, "finding-of-B"],
    ] as const)
      await recordAudit(prisma, {
        actorId: as.id,
        publicationId,
        event: {
          action: "issue.waive",
          entityType: "Issue",
          entityId: `issue-${finding}`,
          data: { finding, reason: "已核实" },
        },
      });
    await recordAudit(prisma, {
      actorId: null,
      publicationId: null,
      event: {
        action: "auth.sign-in.failed",
        entityType: "User",
        entityId: as.id,
        data: { reason: "password", addressGroup: "10.9.8.7" },
      },
    });
  });

  async function get(query = "") {
    const res = await exportCsv(
      new Request(`http://desk.folio.test/api/audit/export${query}`, {
        headers: { host: "desk.folio.test" },
      }),
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      bom: [...bytes.slice(0, 3)].join(),
      text: new TextDecoder().decode(bytes),
    };
  }
  const signInAs = (role: Role | "ADMIN", publicationIds = [paperA]) =>
    Object.assign(as, { role, publicationIds });

  it("gives a chief editor of paper A its events only, as CSV", async () => {
    signInAs("CHIEF_EDITOR");
    const { status, text, bom } = await get();
    expect(status).toBe(200);
    expect(bom).toBe("239,187,191");
    expect(text).toContain("finding-of-A");
    expect(text).toContain("说明检查结果");
    expect(text).not.toContain("finding-of-B");
    expect(text).not.toContain("auth.sign-in.failed");
    expect((await get(`?paper=${paperA}`)).text).toContain("finding-of-A");
  });

  it("refuses the chief editor of A paper B's log, and a duty chief editor sees A's", async () => {
    signInAs("CHIEF_EDITOR");
    const other = await get(`?paper=${paperB}`);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain("finding-of-B");
    signInAs("DUTY_CHIEF_EDITOR");
    expect((await get()).text).toContain("finding-of-A");
  });

  it("refuses a proofreader, a deputy editor and a signed-out visitor", async () => {
    for (const role of ["PROOFREADER", "DEPUTY_EDITOR"] as const) {
      signInAs(role);
      const { status, text } = await get();
      expect(status, role).toBe(403);
      expect(text).not.toContain("finding-of-A");
    }
    Object.assign(as, { role: null });
    expect((await get()).status).toBe(403);
  });

  it("gives an administrator every event, sign-ins included, filtered like the page", async () => {
    signInAs("ADMIN", []);
    const all = await get();
    expect(all.status).toBe(200);
    for (const s of ["finding-of-A", "finding-of-B", "auth.sign-in.failed"])
      expect(all.text).toContain(s);
    const signIns = await get("?action=auth.");
    expect(signIns.text).toContain("10.9.8.7");
    expect(signIns.text).not.toContain("finding-of-A");
    const ofB = await get(`?paper=${paperB}&action=issue.waive`);
    expect(ofB.text).toContain("finding-of-B");
    expect(ofB.text).not.toContain("finding-of-A");
  });
});
