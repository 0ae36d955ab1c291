// A publication's default page plan: the pages (版) a new issue starts
// with, each with its 版名 and the 字数 it holds. Stored as JSON on the
// publication, edited by an admin; 平湖日报's four pages when none is set.
import { z } from "zod";

export const pagePlanEntrySchema = z
  .object({
    number: z.number().int().min(1).max(999),
    /** 版名 such as 要闻. */
    name: z
      .string()
      .trim()
      .max(20)
      .refine((s) => !/[\r\n]/.test(s), "one line")
      .nullable(),
    /** 字数 the page holds; null when not planned. */
    capacity: z.number().int().min(1).max(1_000_000).nullable(),
  })
  .strict();

export const pagePlanSchema = z
  .array(pagePlanEntrySchema)
  .min(1)
  .max(64)
  .refine(
    (plan) => new Set(plan.map((p) => p.number)).size === plan.length,
    "each page number once",
  );

export type PagePlanEntry = z.infer<typeof pagePlanEntrySchema>;

/** 1版 要闻, 2版 综合, 3版 评论, 4版 副刊: a county daily's four pages, about 6,000 字 each. */
export const DEFAULT_PAGE_PLAN: readonly PagePlanEntry[] = [
  { number: 1, name: "要闻", capacity: 6000 },
  { number: 2, name: "综合", capacity: 6000 },
  { number: 3, name: "评论", capacity: 6000 },
  { number: 4, name: "副刊", capacity: 6000 },
];

/** The stored plan in page order, or the default when none (or an unreadable one) is stored. */
export function readPagePlan(stored: unknown): PagePlanEntry[] {
  const parsed = pagePlanSchema.safeParse(stored);
  const plan = parsed.success ? parsed.data : DEFAULT_PAGE_PLAN;
  return [...plan].sort((a, b) => a.number - b.number);
}
