// GET /api/issues/:id/validation: the issue's validation report, live.
import "server-only";

import { issueNotFound } from "@/lib/articles/not-found-error";
import type { Db } from "@/lib/db/client";

import { loadLayout } from "../load-layout";
import { reportOf, type ValidationReport } from "./validation-report";

/** The report with the layout version it was computed at; NotFoundError for an unknown issue. */
export async function getValidationReport(
  prisma: Db,
  issueId: string,
): Promise<ValidationReport & { layoutVersion: number }> {
  const layout = await loadLayout(prisma, issueId);
  if (!layout) throw issueNotFound();
  return { ...reportOf(layout), layoutVersion: layout.issue.layoutVersion };
}
