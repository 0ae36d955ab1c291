// The review chain on both databases: steps in order, by the roles and
// people the chain names, the page as the reviewer saw it; a content or
// layout change revokes the page's signatures on every write path (the
// triggers), with the diff since; 签发 of every page makes the issue
// SIGNED_OFF (frozen), which publishing requires; 撤签 revokes the 签发.
import { beforeEach, describe, expect, it } from "vitest";

import { IssueFrozenError } from "@/lib/articles/issue-freeze";
import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, PermissionError, ValidationError } from "@/lib/errors";
import { movePart } from "@/lib/layout/move-part";
import { publishIssue } from "@/lib/publishing/publish-issue";
import { reopenIssue } from "@/lib/publishing/unpublish-issue";
import { createStaff } from "@/lib/testing/create-staff";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";
import { signOffIssue } from "@/lib/testing/sign-off-issue";

import { readPageStates, stateKeyOf } from "./page-state";
import {
  readReviewGrid,
  readSignOffDiff,
  readSignOffRecord,
} from "./read-review";
import { SHORT_CHAIN } from "./review-chain";
import { setReviewChain } from "./set-review-chain";
import { signPage, withdrawSignOff } from "./sign-page";

describe(`review and sign-off (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let staff: Record<
    "proofreader" | "proofreader2" | "deputy" | "chief" | "admin",
    string
  >;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    const prisma = database.prisma;
    const on = [seed.publicationId];
    staff = {
      proofreader: seed.users.proofreader,
      proofreader2: await createStaff(prisma, {
        email: "p2@folio.test",
        role: "PROOFREADER",
        publicationIds: on,
      }),
      deputy: await createStaff(prisma, {
        email: "deputy@folio.test",
        role: "DEPUTY_EDITOR",
        publicationIds: on,
      }),
      chief: await createStaff(prisma, {
        email: "chief@folio.test",
        role: "CHIEF_EDITOR",
        publicationIds: on,
      }),
      admin: await createStaff(prisma, {
        email: "admin@folio.test",
        role: "ADMIN",
      }),
    };
    // What 送审 leaves: in review, every finding waived.
    const { loadLayout } = await import("@/lib/layout/load-layout");
    const { reportOf } =
      await import("@/lib/layout/validation/validation-report");
    for (const finding of reportOf((await loadLayout(prisma, seed.issueId))!)
      .findings)
      await prisma.validationWaiver.create({
        data: {
          issueId: seed.issueId,
          finding: finding.key,
          reason: "测试豁免",
        },
      });
    await prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "IN_REVIEW" },
    });
  });

  const page = async () =>
    (await readPageStates(database.prisma, seed.issueId))[0]!;
  const sign = async (userId: string, step: string, stateKey?: string) => {
    const p = await page();
    return signPage(database.prisma, {
      issueId: seed.issueId,
      userId,
      pageId: p.pageId,
      step,
      stateKey: stateKey ?? stateKeyOf(p),
    });
  };
  const edit = async (text: string, userId = seed.users.editor) => {
    const articleId = seed.articleIds[0]!;
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    return saveArticle(database.prisma, {
      articleId,
      userId,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, text),
      sessionId: "tab-review",
    });
  };
  const standing = async () =>
    (await readSignOffRecord(database.prisma, seed.issueId))
      .filter((r) => !r.revokedAt)
      .map((r) => r.step);

  it("signs the full chain in order, by the roles and people it names, then publishes", async () => {
    await expect(sign(seed.users.editor, "review-1")).rejects.toThrow(
      /一校|Sign 一校/,
    );
    await expect(sign(seed.users.editor, "proof-1")).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(sign(staff.admin, "proof-1")).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(
      publishIssue(database.prisma, {
        issueId: seed.issueId,
        userId: staff.chief,
      }),
    ).rejects.toBeInstanceOf(ValidationError);

    await sign(staff.proofreader, "proof-1");
    await expect(sign(staff.proofreader, "proof-1")).rejects.toBeInstanceOf(
      ConflictError,
    );
    await sign(seed.users.editor, "review-1");
    // 二校 by another proofreader than 一校.
    await expect(sign(staff.proofreader, "proof-2")).rejects.toThrow(
      /someone else|他人/,
    );
    await sign(staff.proofreader2, "proof-2");
    await sign(staff.deputy, "review-2");
    await sign(staff.proofreader, "proof-3");
    expect(
      (
        await database.prisma.issue.findUniqueOrThrow({
          where: { id: seed.issueId },
        })
      ).status,
    ).toBe("IN_REVIEW");
    const last = await sign(staff.chief, "final");
    expect(last.issueSignedOff).toBe(true);
    expect(
      (
        await database.prisma.issue.findUniqueOrThrow({
          where: { id: seed.issueId },
        })
      ).status,
    ).toBe("SIGNED_OFF");

    // Signed off is frozen: no edit lands.
    await expect(edit("签发后的改动")).rejects.toBeInstanceOf(IssueFrozenError);
    const published = await publishIssue(database.prisma, {
      issueId: seed.issueId,
      userId: staff.chief,
    });
    expect(published.version).toBe(1);
    const record = await readSignOffRecord(database.prisma, seed.issueId);
    expect(record.map((r) => [r.stepLabel, r.signerId, r.revokedAt])).toEqual([
      ["一校", staff.proofreader, null],
      ["初审", seed.users.editor, null],
      ["二校", staff.proofreader2, null],
      ["复审", staff.deputy, null],
      ["三校", staff.proofreader, null],
      ["终审签发", staff.chief, null],
    ]);
    expect(record[0]!.versions.length).toBe(seed.articleIds.length);
  });

  it("refuses a signature on a page that changed since the reviewer looked", async () => {
    const seen = stateKeyOf(await page());
    await edit("审看之后的改动");
    await expect(sign(staff.proofreader, "proof-1", seen)).rejects.toThrow(
      /changed since|已有改动/,
    );
    await sign(staff.proofreader, "proof-1");
    expect(await standing()).toEqual(["proof-1"]);
  });

  it("revokes every signature of the page on a text change, showing the diff since the signed revision", async () => {
    await sign(staff.proofreader, "proof-1");
    await sign(seed.users.editor, "review-1");
    const signedVersion = (
      await storedArticle(database.prisma, seed.articleIds[0]!)
    ).version;
    await edit("迟到的改动：外资项目再提速");
    expect(await standing()).toEqual([]);
    const record = await readSignOffRecord(database.prisma, seed.issueId);
    expect(record.map((r) => [r.revokedCause, r.revokedArticleId])).toEqual([
      ["CONTENT", seed.articleIds[0]],
      ["CONTENT", seed.articleIds[0]],
    ]);
    const diff = await readSignOffDiff(
      database.prisma,
      seed.issueId,
      record[0]!.id,
    );
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({
      articleId: seed.articleIds[0],
      from: signedVersion,
    });
    const inserted = diff.changed[0]!.ops.filter(([op]) => op === 1)
      .map(([, t]) => t)
      .join("");
    expect(inserted).toContain("迟到的改动");
    expect(diff.added).toEqual([]);
    expect(diff.reordered).toBe(false);

    const grid = await readReviewGrid(database.prisma, seed.issueId, {
      id: staff.proofreader,
      roles: ["PROOFREADER"],
    });
    expect(grid!.pages[0]!.cells[0]).toMatchObject({
      active: null,
      signable: true,
    });
    expect(grid!.pages[0]!.cells[0]!.revoked?.revokedCause).toBe("CONTENT");
  });

  it("revokes on a layout change (a move on the page), not on a change elsewhere", async () => {
    await sign(staff.proofreader, "proof-1");
    const layout = await database.prisma.issue.findUniqueOrThrow({
      where: { id: seed.issueId },
    });
    const p = await page();
    const first = await database.prisma.placement.findFirstOrThrow({
      where: { pageId: p.pageId },
      orderBy: { order: "asc" },
    });
    const lastId = (
      await database.prisma.placement.findFirstOrThrow({
        where: { pageId: p.pageId },
        orderBy: { order: "desc" },
      })
    ).id;
    await movePart(
      database.prisma,
      seed.issueId,
      {
        baseVersion: layout.layoutVersion,
        placementId: first.id,
        fromPageId: p.pageId,
        toPageId: p.pageId,
        afterId: lastId,
      },
      seed.users.editor,
    );
    const [revoked] = await readSignOffRecord(database.prisma, seed.issueId);
    expect(revoked!.revokedCause).toBe("LAYOUT");
    const diff = await readSignOffDiff(
      database.prisma,
      seed.issueId,
      revoked!.id,
    );
    expect(diff.reordered).toBe(true);
    expect(diff.changed).toEqual([]);
  });

  it("lets the signer or a chief withdraw a signature with a reason, and 撤签 revokes only the 签发", async () => {
    await sign(staff.proofreader, "proof-1");
    const [own] = await readSignOffRecord(database.prisma, seed.issueId);
    await expect(
      withdrawSignOff(database.prisma, {
        issueId: seed.issueId,
        userId: staff.proofreader2,
        signOffId: own!.id,
        reason: "不是我签的",
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    await withdrawSignOff(database.prisma, {
      issueId: seed.issueId,
      userId: staff.proofreader,
      signOffId: own!.id,
      reason: "漏看一处",
    });
    expect(await standing()).toEqual([]);

    await signOffIssue(database.prisma, seed.issueId);
    await reopenIssue(database.prisma, {
      issueId: seed.issueId,
      userId: staff.chief,
      reason: "版面要调整",
    });
    const record = await readSignOffRecord(database.prisma, seed.issueId);
    expect(
      record
        .filter((r) => r.revokedCause === "REOPENED")
        .map((r) => [r.step, r.revokedReason, r.revokedBy]),
    ).toEqual([["final", "版面要调整", "chief"]]);
    expect(await standing()).toEqual([
      "proof-1",
      "review-1",
      "proof-2",
      "review-2",
      "proof-3",
    ]);
    expect(
      (
        await database.prisma.issue.findUniqueOrThrow({
          where: { id: seed.issueId },
        })
      ).status,
    ).toBe("IN_REVIEW");
  });

  it("runs the paper's own chain as an administrator set it, and refuses an invalid one", async () => {
    await expect(
      setReviewChain(database.prisma, {
        publicationId: seed.publicationId,
        userId: staff.admin,
        chain: { ...SHORT_CHAIN, steps: SHORT_CHAIN.steps.slice(0, 2) },
      }),
    ).rejects.toThrow(/final 签发|签发/);
    await setReviewChain(database.prisma, {
      publicationId: seed.publicationId,
      userId: staff.admin,
      chain: SHORT_CHAIN,
    });
    await sign(staff.proofreader, "proof-1");
    await sign(seed.users.editor, "review-1");
    // The short chain's 签发 must come from someone else than its 初审.
    const both = await createStaff(database.prisma, {
      email: "both@folio.test",
      role: "CHIEF_EDITOR",
      publicationIds: [seed.publicationId],
    });
    await database.prisma.membership.create({
      data: {
        userId: both,
        publicationId: seed.publicationId,
        role: "PAGE_EDITOR",
      },
    });
    await withdrawSignOff(database.prisma, {
      issueId: seed.issueId,
      userId: seed.users.editor,
      signOffId: (await readSignOffRecord(database.prisma, seed.issueId)).find(
        (r) => r.step === "review-1",
      )!.id,
      reason: "换人初审",
    });
    await sign(both, "review-1");
    await expect(sign(both, "final")).rejects.toThrow(/someone else|他人/);
    expect((await sign(staff.chief, "final")).issueSignedOff).toBe(true);
  });

  it("never leaves a signature standing over a save it did not see (a save and a signature at once)", async () => {
    for (let round = 0; round < 4; round++) {
      const p = await page();
      const signing = signPage(database.prisma, {
        issueId: seed.issueId,
        userId: staff.proofreader,
        pageId: p.pageId,
        step: "proof-1",
        stateKey: stateKeyOf(p),
      }).catch((e: Error) => e);
      await Promise.all([signing, edit(`同时的改动 ${round}`)]);
      const now = await storedArticle(database.prisma, seed.articleIds[0]!);
      for (const r of (
        await readSignOffRecord(database.prisma, seed.issueId)
      ).filter((r) => !r.revokedAt))
        expect(
          r.versions.find((v) => v.articleId === seed.articleIds[0])!.version,
        ).toBe(now.version);
      for (const r of await database.prisma.pageSignOff.findMany({
        where: { revokedAt: null },
      }))
        await database.prisma.pageSignOff.update({
          where: { id: r.id },
          data: { revokedAt: new Date(), revokedCause: "WITHDRAWN" },
        });
    }
  });
});
