// Adds a page (版) to an issue: its number, 版名 and 字数 capacity.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { changeLayout } from "./lock-layout";
import { MAX_PAGE_NUMBER } from "./plan-renumbering";

export const pageNameSchema = z
  .string()
  .trim()
  .max(20)
  .refine((s) => !/[\r\n]/.test(s), "one line")
  .transform((s) => (s === "" ? null : s));
export const pageCapacitySchema = z
  .number()
  .int()
  .min(1)
  .max(1_000_000)
  .nullable();

/** The body of POST /api/issues/:id/pages. */
export const addPageSchema = z
  .object({
    number: z.number().int().min(1).max(MAX_PAGE_NUMBER),
    name: pageNameSchema.nullable().optional(),
    capacity: pageCapacitySchema.optional(),
  })
  .strict();

export const pageTaken = (number: number) =>
  new ConflictError(
    `The issue already has a page ${number}.`,
    `本期已有第${number}版。`,
  );

/** Adds the page; ConflictError when the issue has a page of that number. */
export async function addPage(
  prisma: Db,
  issueId: string,
  request: z.input<typeof addPageSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number; pageId: string }> {
  const input = addPageSchema.parse(request);
  return changeLayout<{ pageId: string }, "layout.page.add">(
    prisma,
    issueId,
    userId,
    "layout.page.add",
    async (tx) => {
      if (
        await tx.page.findUnique({
          where: { issueId_number: { issueId, number: input.number } },
          select: { id: true },
        })
      ) {
        throw pageTaken(input.number);
      }
      const page = await tx.page.create({
        data: {
          issueId,
          number: input.number,
          name: input.name ?? null,
          capacity: input.capacity ?? null,
        },
        select: { id: true },
      });
      return {
        result: { pageId: page.id },
        audit: {
          pageId: page.id,
          number: input.number,
          name: input.name ?? null,
        },
      };
    },
  );
}
