// First start: the publication, an admin account and (optionally) the demo
// issue. Runs once: a database that already has its publication is left
// alone, so restarts never re-seed over editors' work.
import "server-only";

import fs from "node:fs";
import path from "node:path";

import { hashPassword, randomPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { importDocument } from "@/lib/import/import-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

export const DEFAULT_PUBLICATION = {
  name: "平湖日报",
  slug: "pinghu",
  locale: "zh-CN",
  timezone: "Asia/Shanghai",
};
export const DEMO_PAGE = path.resolve(
  "fixtures",
  "pages",
  "pinghu-2024-01-p1.md",
);
/** The demo front page ran on the first working day of 2024's second day. */
export const DEMO_DATE = "2024-01-03";

export interface BootstrapOptions {
  adminEmail: string;
  adminPassword: string | undefined;
  loadDemo: boolean;
}

export interface BootstrapResult {
  /** Set only on the run that created the admin with a generated password. */
  generatedPassword: string | null;
  createdAdmin: string | null;
  demoIssueId: string | null;
}

export async function bootstrap(
  prisma: Db,
  options: BootstrapOptions,
): Promise<BootstrapResult> {
  const result: BootstrapResult = {
    generatedPassword: null,
    createdAdmin: null,
    demoIssueId: null,
  };
  if ((await prisma.user.count()) === 0) {
    const password = options.adminPassword ?? randomPassword();
    // A concurrent first start may have won the race; the unique email decides.
    const created = await prisma.user
      .create({
        data: {
          email: options.adminEmail,
          name: "管理员",
          isAdmin: true,
          passwordHash: await hashPassword(password),
        },
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") return null;
        throw e;
      });
    if (created) {
      result.createdAdmin = created.email;
      if (!options.adminPassword) result.generatedPassword = password;
    }
  }
  const existing = await prisma.publication.findUnique({
    where: { slug: DEFAULT_PUBLICATION.slug },
  });
  if (existing) return result;
  // Two servers starting on one new database: whoever creates the publication seeds.
  const publication = await prisma.publication
    .create({ data: DEFAULT_PUBLICATION })
    .catch((e: unknown) => {
      if ((e as { code?: string }).code === "P2002") return null;
      throw e;
    });
  if (publication && options.loadDemo) {
    const admin = await prisma.user.findFirst({
      where: { isAdmin: true },
      orderBy: { createdAt: "asc" },
    });
    const document = readOcrFiles(
      [
        {
          name: path.basename(DEMO_PAGE),
          bytes: new Uint8Array(fs.readFileSync(DEMO_PAGE)),
        },
      ],
      { page: 1, repair: true },
    );
    const summary = await importDocument(prisma, document, {
      publicationId: publication.id,
      date: DEMO_DATE,
      importedById: admin?.id ?? null,
    });
    result.demoIssueId = summary.issueId;
  }
  return result;
}
