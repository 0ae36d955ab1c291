// Every route handler and server action, for every role (issue 15): the
// table below says what each one needs, and who holds that; the test finds
// every handler in app/ and fails on one without a row, then calls each as
// an administrator, each role on the paper, a page editor of another paper
// only and a signed-out visitor, and checks that exactly the right ones get
// past authorization. Refusal is recognised by its message: what the
// handler does once allowed (often a 400 for the empty body) is not judged.
import fs from "node:fs";
import path from "node:path";

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

import { type Action, roles } from "@/lib/auth/policy";
import type { Access } from "@/lib/auth/route-handler";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { closeEventBus } from "@/lib/events/process-bus";
import { createStaff } from "@/lib/testing/create-staff";
import { seedDesk } from "@/lib/testing/desk-test-seed";
import { multipartRequest } from "@/lib/testing/multipart-request";
import { closePools } from "@/lib/workers/pool";

const as = vi.hoisted(() => ({
  role: null as Role | "ADMIN" | null,
  id: "",
  publicationIds: [] as string[],
}));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { withSession } = await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => as);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Row = Access | "public";
const issue = (action: Action): Row => ({ action, on: "issue" });
const article = (action: Action): Row => ({ action, on: "article" });
const paper = (action: Action): Row => ({ action, on: "publication" });
const admins: Row = { action: "user.manage", on: "installation" };
const signedIn: Row = { on: "signed-in" };

/** What every handler needs. A new handler without a row fails the first test. */
const TABLE: Record<string, Row> = {
  "GET app/api/health": "public",
  "GET app/api/auth/[...nextauth]": "public",
  "POST app/api/auth/[...nextauth]": "public",
  "action app/actions/set-locale#setLocale": "public",
  "GET app/api/articles/[articleId]": article("issue.view"),
  "GET app/api/articles/[articleId]/revisions": article("issue.view"),
  "GET app/api/articles/[articleId]/revisions/[version]": article("issue.view"),
  "POST app/api/articles/[articleId]/presence": article("issue.view"),
  "POST app/api/articles/[articleId]/save": article("article.edit"),
  "POST app/api/articles/[articleId]/status": article("article.edit"),
  "POST app/api/articles/[articleId]/repairs": article("article.edit"),
  "POST app/api/articles/[articleId]/restore": article("article.edit"),
  "POST app/api/articles/[articleId]/takeover": article("article.edit"),
  "POST app/api/articles/[articleId]/split": article("layout.edit"),
  "POST app/api/articles/[articleId]/split/undo": article("layout.edit"),
  "POST app/api/articles/[articleId]/merge": article("layout.edit"),
  "POST app/api/articles/[articleId]/merge/undo": article("layout.edit"),
  "GET app/api/contributors": paper("issue.view"),
  "GET app/api/audit/export": paper("audit.view"),
  "POST app/api/import/analyse": paper("issue.import"),
  "POST app/api/import/commit": paper("issue.import"),
  "GET app/api/issues/[issueId]/layout": issue("issue.view"),
  "GET app/api/issues/[issueId]/layout/version": issue("issue.view"),
  "GET app/api/issues/[issueId]/events": issue("issue.view"),
  "GET app/api/issues/[issueId]/layout/articles/[articleId]":
    issue("issue.view"),
  "GET app/api/issues/[issueId]/validation": issue("issue.view"),
  "POST app/api/issues/[issueId]/find": issue("issue.view"),
  "POST app/api/issues/[issueId]/replace": issue("article.edit"),
  "POST app/api/issues/[issueId]/replace/undo": issue("article.edit"),
  "POST app/api/issues/[issueId]/layout/move": issue("layout.edit"),
  "POST app/api/issues/[issueId]/layout/continuations": issue("layout.edit"),
  "POST app/api/issues/[issueId]/layout/join": issue("layout.edit"),
  "POST app/api/issues/[issueId]/layout/jumps/link": issue("layout.edit"),
  "POST app/api/issues/[issueId]/layout/jumps/unlink": issue("layout.edit"),
  "POST app/api/issues/[issueId]/layout/jumps/markers": issue("layout.edit"),
  "POST app/api/issues/[issueId]/pages": issue("layout.edit"),
  "PATCH app/api/issues/[issueId]/pages/[pageId]": issue("layout.edit"),
  "DELETE app/api/issues/[issueId]/pages/[pageId]": issue("layout.edit"),
  "POST app/api/issues/[issueId]/pages/[pageId]/renumber": issue("layout.edit"),
  "POST app/api/issues/[issueId]/waivers": issue("layout.waive"),
  "DELETE app/api/issues/[issueId]/waivers": issue("layout.waive"),
  "POST app/api/issues/[issueId]/review": issue("issue.submit"),
  "action app/desk/issues/new/create-issue-action#createIssueAction":
    paper("issue.create"),
  "action app/desk/issues/plan/update-page-plan-action#updatePagePlanAction":
    paper("publication.manage"),
  "action app/desk/learned/retire-learned-pair-action#retireLearnedPairAction":
    paper("learned.manage"),
  "action app/desk/issues/[issueId]/publish-actions#publishIssueAction":
    paper("issue.publish"),
  "action app/desk/issues/[issueId]/publish-actions#reopenIssueAction":
    paper("issue.publish"),
  "action app/desk/issues/[issueId]/publish-actions#unpublishIssueAction":
    paper("issue.publish"),
  "action app/desk/issues/[issueId]/review-actions#signPageAction":
    paper("issue.sign"),
  "action app/desk/issues/[issueId]/review-actions#withdrawSignOffAction":
    paper("issue.sign"),
  "action app/desk/review-chain/set-review-chain-action#setReviewChainAction":
    paper("publication.manage"),
  "GET app/api/issues/[issueId]/review-record": issue("issue.view"),
  "action app/desk/issues/[issueId]/publish-actions#scheduleIssueAction":
    paper("issue.publish"),
  "action app/desk/issues/[issueId]/publish-actions#cancelScheduleAction":
    paper("issue.publish"),
  "action app/desk/users/create-user-action#createUserAction": admins,
  "action app/desk/users/[userId]/set-roles-action#setRolesAction": admins,
  "action app/desk/users/[userId]/set-active-action#setActiveAction": admins,
  "action app/desk/users/[userId]/reset-password-action#resetPasswordAction":
    admins,
  "action app/desk/account/change-password-action#changePasswordAction":
    signedIn,
  // The one-time token in the form is what grants it (lib/users/accept-invite.ts).
  "action app/invite/[token]/accept-invite-action#acceptInviteAction": "public",
};

const EDITORS: Role[] = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
  "DEPUTY_EDITOR",
  "PAGE_EDITOR",
];
/** Who holds each action on the whole paper (written out, not read from the policy). */
const HOLDERS: Record<Action, Role[]> = {
  "issue.view": [...EDITORS, "PROOFREADER", "VIEWER"],
  "issue.create": EDITORS,
  "issue.import": EDITORS,
  "article.edit": [...EDITORS, "PROOFREADER"],
  "layout.edit": EDITORS,
  "layout.waive": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR", "DEPUTY_EDITOR"],
  "issue.submit": EDITORS,
  "issue.review": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR", "DEPUTY_EDITOR"],
  "issue.publish": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
  "issue.sign": [...EDITORS, "PROOFREADER"],
  "learned.manage": EDITORS,
  "publication.manage": ["CHIEF_EDITOR"],
  "user.manage": [],
  "audit.view": ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
};
/** On the test article, whose bylines name the reporter and the correspondent, in a draft issue. */
const AUTHOR_RIGHTS: Partial<Record<Role, Action[]>> = {
  REPORTER: ["issue.view", "article.edit"],
  CORRESPONDENT: [], // only once published
};

type Handler = (...args: unknown[]) => Promise<unknown>;
interface Found {
  key: string;
  file: string;
  method: string;
  handler: Handler & { access?: Access };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

async function findHandlers(): Promise<Found[]> {
  const found: Found[] = [];
  for (const file of walk("app")) {
    const source = fs.readFileSync(file, "utf8");
    const isRoute = path.basename(file) === "route.ts";
    const isAction = /^\s*["']use server["']/.test(source);
    if (!isRoute && !isAction) continue;
    const mod = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<
      string,
      unknown
    >;
    const base = file.replace(/\.tsx?$/, "");
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      if (isRoute && ["GET", "POST", "PUT", "PATCH", "DELETE"].includes(name))
        found.push({
          key: `${name} ${path.dirname(file)}`,
          file,
          method: name,
          handler: value as Found["handler"],
        });
      if (isAction)
        found.push({
          key: `action ${base}#${name}`,
          file,
          method: "action",
          handler: value as Found["handler"],
        });
    }
  }
  return found;
}

const REFUSALS = [
  /^You are not allowed to do this/,
  /^This does not exist, or it belongs to a paper you have no role on/,
];
const isRefusal = (message: unknown) =>
  typeof message === "string" && REFUSALS.some((r) => r.test(message));

describe(`role table: every handler × every role (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let handlers: Found[];
  const ids = {
    publicationId: "",
    otherPaperId: "",
    issueId: "",
    articleId: "",
    pageId: "",
    pairId: "",
    users: {} as Record<string, string>,
  };

  beforeAll(async () => {
    setDatabase(database);
    handlers = await findHandlers();
  });
  afterAll(async () => {
    setDatabase(undefined);
    // The event streams it opened are left to the bus, closed here.
    await closeEventBus();
    await closePools();
  });

  beforeEach(async () => {
    await truncateAll(database);
    const seed = await seedDesk(database.prisma);
    const prisma = database.prisma;
    ids.publicationId = seed.publicationId;
    ids.issueId = seed.issueId;
    ids.articleId = seed.articleIds[1]!;
    ids.pageId = (
      await prisma.page.findFirstOrThrow({ where: { issueId: seed.issueId } })
    ).id;
    ids.otherPaperId = (
      await prisma.publication.create({
        data: { name: "平湖周刊", slug: "weekly" },
      })
    ).id;
    for (const role of roles)
      ids.users[role] = await createStaff(prisma, {
        email: `${role.toLowerCase()}@role.test`,
        role,
        publicationIds: [seed.publicationId],
      });
    ids.users.OUTSIDER = await createStaff(prisma, {
      email: "outsider@role.test",
      role: "PAGE_EDITOR",
      publicationIds: [ids.otherPaperId],
    });
    ids.users.ADMIN = await createStaff(prisma, {
      email: "admin@role.test",
      role: "ADMIN",
    });
    // The reporter and the correspondent write the test article.
    for (const role of ["REPORTER", "CORRESPONDENT"] as const) {
      const contributor = await prisma.contributor.create({
        data: {
          publicationId: seed.publicationId,
          name: role,
          userId: ids.users[role],
        },
      });
      await prisma.byline.create({
        data: {
          articleId: ids.articleId,
          contributorId: contributor.id,
          role,
          label: role === "REPORTER" ? "记者" : "通讯员",
          order: role === "REPORTER" ? 90 : 91,
        },
      });
    }
    ids.pairId = (
      await prisma.learnedPair.create({
        data: {
          publicationId: seed.publicationId,
          misread: "各创",
          correction: "名创",
        },
      })
    ).id;
  });

  it("has a row for every handler, and each handler declares what its row says", async () => {
    const keys = handlers.map((h) => h.key).sort();
    expect(keys).toEqual(Object.keys(TABLE).sort());
    for (const h of handlers) {
      const row = TABLE[h.key]!;
      expect(h.handler.access ?? "public", h.key).toEqual(row);
    }
  });

  /** Calls `h` as the current session; the refusal message, or null when it got past authorization. */
  async function call(h: Found): Promise<string | null> {
    const host = "desk.folio.test";
    const segments = path.dirname(h.file).split(path.sep).slice(2);
    const values: Record<string, string> = {
      articleId: ids.articleId,
      issueId: ids.issueId,
      pageId: ids.pageId,
      version: "1",
    };
    const params: Record<string, string> = {};
    const url = segments
      .map((s) => {
        const name = s.replace(/[[\].]/g, "");
        if (!s.startsWith("[")) return s;
        params[name] = values[name] ?? "x";
        return params[name];
      })
      .join("/");
    if (h.method === "action") {
      const form = new FormData();
      form.set("publicationId", ids.publicationId);
      form.set("issueId", ids.issueId);
      form.set("reason", "测试原因");
      form.set("date", "2031-01-01");
      form.append("pages", "1");
      form.append("number", "1");
      form.append("name", "要闻");
      form.set("pairId", ids.pairId);
      form.set("retire", "1");
      try {
        const state = (await h.handler({}, form)) as { error?: unknown };
        return isRefusal(state?.error) ? String(state.error) : null;
      } catch (error) {
        // redirect() after the work is done: it got through.
        if (String((error as Error).message).includes("NEXT_REDIRECT"))
          return null;
        throw error;
      }
    }
    let request: Request;
    if (url.startsWith("import/")) {
      const form = new FormData();
      form.set("issue", ids.issueId);
      form.set("page", "9");
      form.append(
        "files",
        new Blob([
          new TextEncoder().encode("# 测试标题\n\n本报讯 测试正文。\n"),
        ]),
        "p9.md",
      );
      request = await multipartRequest(form, { path: `/api/${url}`, host });
    } else {
      const query =
        url === "contributors" ? `?articleId=${ids.articleId}&q=a` : "";
      request = new Request(`http://${host}/api/${url}${query}`, {
        method: h.method,
        headers: {
          host,
          origin: `http://${host}`,
          "sec-fetch-site": "same-origin",
          "content-type": "application/json",
        },
        ...(["GET", "HEAD"].includes(h.method) ? {} : { body: "{}" }),
      });
    }
    const res = (await h.handler(request, {
      params: Promise.resolve(params),
    })) as Response;
    if (res.status !== 403 && res.status !== 404) return null;
    const body = (await res.json().catch(() => ({}))) as {
      error?: { message?: string };
    };
    return isRefusal(body.error?.message) ? body.error!.message! : null;
  }

  it("lets through exactly the roles the table names, on their own paper only", async () => {
    const wrong: string[] = [];
    const actors = ["ADMIN", ...roles, "OUTSIDER", "SIGNED_OUT"] as const;
    for (const h of handlers) {
      const row = TABLE[h.key];
      if (!row || row === "public") continue;
      for (const actor of actors) {
        if (actor === "SIGNED_OUT") Object.assign(as, { role: null });
        else
          Object.assign(as, {
            role:
              actor === "OUTSIDER"
                ? "PAGE_EDITOR"
                : actor === "ADMIN"
                  ? "ADMIN"
                  : actor,
            id: ids.users[actor],
            publicationIds: [
              actor === "OUTSIDER" ? ids.otherPaperId : ids.publicationId,
            ],
          });
        // Their own account ("signed-in"): anyone signed in, on any paper.
        const expected = !("action" in row)
          ? actor !== "SIGNED_OUT"
          : actor === "ADMIN" ||
            (actor !== "OUTSIDER" &&
              actor !== "SIGNED_OUT" &&
              (HOLDERS[row.action].includes(actor) ||
                (row.on === "article" &&
                  (AUTHOR_RIGHTS[actor] ?? []).includes(row.action))));
        const refusal = await call(h);
        const allowed = refusal === null;
        if (allowed !== expected)
          wrong.push(
            `${h.key} as ${actor}: ${allowed ? "allowed" : `refused (${refusal})`}, expected ${expected ? "allowed" : "refused"}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
