// For the correction desk's integration tests: the seed front page imported
// through the real importer, and one user per role.
import fs from "node:fs";

import type { Role } from "@prisma/client";

import type { Db } from "@/lib/db/client";
import { importDocument } from "@/lib/import/import-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { createStaff } from "@/lib/testing/create-staff";

export const SEED_PAGE = "fixtures/pages/pinghu-2024-01-p1.md";

export interface DeskSeed {
  publicationId: string;
  issueId: string;
  /** Article ids in page order. */
  articleIds: string[];
  /** Article id by headline. */
  byHeadline: Map<string, string>;
  users: Record<"editor" | "other" | "proofreader" | "viewer", string>;
}

export async function seedDesk(
  prisma: Db,
  options: { page?: string } = {},
): Promise<DeskSeed> {
  const page = options.page ?? SEED_PAGE;
  const publicationId = (
    await prisma.publication.create({
      data: { name: "平湖日报", slug: "pinghu" },
    })
  ).id;
  const user = (email: string, role: Role) =>
    createStaff(prisma, { email, role, publicationIds: [publicationId] });
  const users = {
    editor: await user("editor@folio.test", "PAGE_EDITOR"),
    other: await user("other@folio.test", "PAGE_EDITOR"),
    proofreader: await user("proofreader@folio.test", "PROOFREADER"),
    viewer: await user("viewer@folio.test", "VIEWER"),
  };
  const doc = readOcrFiles(
    [
      {
        name: "pinghu-2024-01-p1.md",
        bytes: new Uint8Array(fs.readFileSync(page)),
      },
    ],
    {
      page: 1,
      repair: true,
    },
  );
  const summary = await importDocument(prisma, doc, {
    publicationId,
    date: "2024-01-03",
    importedById: users.editor,
  });
  const placements = await prisma.placement.findMany({
    where: { page: { issueId: summary.issueId } },
    orderBy: [{ page: { number: "asc" } }, { order: "asc" }],
    select: { article: { select: { id: true, headline: true } } },
  });
  return {
    publicationId,
    issueId: summary.issueId,
    articleIds: placements.map((p) => p.article.id),
    byHeadline: new Map(
      placements.map((p) => [p.article.headline, p.article.id]),
    ),
    users,
  };
}
