// Renames a page (版名) or sets the 字数 it holds; the board shows each
// page's total against that capacity.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { pageCapacitySchema, pageNameSchema } from "./add-page";
import { pageNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";

/** The body of PATCH /api/issues/:id/pages/:pageId: the fields to change. */
export const editPageSchema = z
  .object({
    name: pageNameSchema.nullable().optional(),
    capacity: pageCapacitySchema.optional(),
  })
  .strict()
  .refine(
    (r) => r.name !== undefined || r.capacity !== undefined,
    "name or capacity",
  );

/** Changes the page's name and/or capacity; ValidationError for a page of another issue. */
export async function editPage(
  prisma: Db,
  issueId: string,
  pageId: string,
  request: z.input<typeof editPageSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number }> {
  const input = editPageSchema.parse(request);
  return changeLayout<object, "layout.page.edit">(
    prisma,
    issueId,
    userId,
    "layout.page.edit",
    async (tx) => {
      const page = await tx.page.findUnique({
        where: { id: pageId },
        select: { issueId: true, number: true, name: true, capacity: true },
      });
      if (page?.issueId !== issueId) throw pageNotInIssue();
      const data = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      };
      await tx.page.update({ where: { id: pageId }, data });
      return {
        result: {},
        audit: {
          pageId,
          number: page.number,
          before: { name: page.name, capacity: page.capacity },
          ...data,
        },
      };
    },
  );
}
