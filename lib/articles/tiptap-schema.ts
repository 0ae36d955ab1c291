// The Tiptap JSON an article body may hold: a real schema, not z.any().
// Nodes: doc > (paragraph | heading | caption) > (text | hardBreak); marks:
// bold, italic. Anything else is rejected: these are exactly the extensions
// the correction desk's editor loads (components/articles/editor-extensions.ts).
import { z } from "zod";

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
]);

const textSchema = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(100_000),
    marks: z.array(markSchema).max(5).optional(),
  })
  .strict();

/** Alignment as Tiptap's TextAlign names it; the desk does not load it, older documents may carry null. */
const textAlignSchema = z
  .enum(["left", "center", "right", "justify"])
  .nullable()
  .optional();

const hardBreakSchema = z.object({ type: z.literal("hardBreak") }).strict();

const inlineSchema = z.discriminatedUnion("type", [
  textSchema,
  hardBreakSchema,
]);

const paragraphSchema = z
  .object({
    type: z.literal("paragraph"),
    attrs: z.object({ textAlign: textAlignSchema }).strict().optional(),
    content: z.array(inlineSchema).max(10_000).optional(),
  })
  .strict();

/** Subheads (小标题) are level-3 headings. */
const headingSchema = z
  .object({
    type: z.literal("heading"),
    attrs: z
      .object({ level: z.literal(3), textAlign: textAlignSchema })
      .strict(),
    content: z.array(inlineSchema).max(1_000).optional(),
  })
  .strict();

/** Photo captions (图说) are blocks of their own, never body paragraphs. */
const captionSchema = z
  .object({
    type: z.literal("caption"),
    content: z.array(inlineSchema).max(1_000).optional(),
  })
  .strict();

export const articleDocSchema = z
  .object({
    type: z.literal("doc"),
    content: z
      .array(
        z.discriminatedUnion("type", [
          paragraphSchema,
          headingSchema,
          captionSchema,
        ]),
      )
      .max(5_000),
  })
  .strict();

export type ArticleDoc = z.infer<typeof articleDocSchema>;
export type ArticleBlockNode = ArticleDoc["content"][number];
