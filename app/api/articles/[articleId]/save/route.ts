import {
  saveRequestSchema,
  saveValidArticle,
} from "@/lib/articles/save-article";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";

import { readJson } from "../../_http/read-json";

export const dynamic = "force-dynamic";

/**
 * The largest article an import may store, as the desk sends it back: its text comes from one
 * page at most 2 MiB as text (INPUT_LIMITS.maxTextFileBytes) or far less from ALTO, up to 5,000
 * blocks; Tiptap's JSON, marks and the repair decisions at most double that. Room to spare.
 */
const MAX_SAVE_BYTES = 16 * 1024 * 1024;

/**
 * POST /api/articles/:articleId/save — also as a `keepalive` fetch when the
 * page is left (any Content-Type; the body is read as JSON text).
 *
 * Body (SaveRequest): { baseVersion, snapshot: ArticleSnapshot, reason?: SaveReason = "autosave",
 *   detail?, sessionId, repairDecisions?: { repairId, status }[], dismissSuggestions?: string[] }
 *
 * 200 → SaveResult (lib/articles/save-article.ts), one of
 *   { status: "saved" | "merged", version, snapshot, changes?, suggestions, repairs }
 *   { status: "conflict", theirVersion, theirs, base, conflicts } — nothing stored; resolve and save on theirVersion.
 * 400 malformed JSON or a body failing the schema (Tiptap included), nothing stored; 403 no
 * article.edit or cross-origin; 404 unknown article; 409 merged away or unknown base version;
 * 413 a body over MAX_SAVE_BYTES (counted while it streams).
 */
export const POST = routeHandler<{ articleId: string }>({
  access: { action: "article.edit", on: "article" },
  async run({ request, params, user, authorize }) {
    const body = await readJson(request, saveRequestSchema, {
      maxBytes: MAX_SAVE_BYTES,
    });
    const { articleId } = params;
    // The body is parsed once, here: the whole Tiptap document need not be validated twice per autosave.
    return Response.json(
      await saveValidArticle(db(), {
        ...body,
        articleId,
        userId: user.id,
        // Checked again on the article as read under its lock: a reporter's
        // draft that went to review a moment ago is no longer theirs to edit.
        authorize: (article) => authorize({ kind: "article", ...article }),
      }),
    );
  },
});
