import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { whileImporting } from "@/lib/import/import-activity";
import { importDocument } from "@/lib/import/import-document";
import { parseUpload } from "@/lib/import/parse-upload";
import { resolveUploadTarget } from "@/lib/import/resolve-upload-target";
import { unpackDocument } from "@/lib/workers/packed-document";
import { runTask } from "@/lib/workers/pool";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/commit (the same form as analyse) → { summary: ImportSummary }: segments
 * the files in a worker thread, then imports them into the chosen issue (or that of the date)
 * in one transaction. Errors as analyse, plus 409 when the issue holds the files or pages
 * already or changed meanwhile.
 */
export const POST = routeHandler({
  // The paper is named in the form: authorized once the target is resolved.
  access: { action: "issue.import", on: "publication" },
  // What the user can fix in a file or field is 422 (the screen shows it beside the file).
  invalidStatus: 422,
  async run({ request, user, authorize }) {
    const upload = await parseUpload(request);
    const target = await resolveUploadTarget(db(), upload.target);
    authorize({ kind: "publication", publicationId: target.publicationId });
    const options = { page: upload.page, repair: upload.repair };
    const { document: packed } = await runTask(
      "ocr",
      "readUpload",
      { files: upload.files, options, want: "document" },
      request.signal,
    );
    const document = await unpackDocument(packed!);
    const summary = await whileImporting(() =>
      importDocument(db(), document, {
        ...target,
        importedById: user.id,
        replaceUncorrected: upload.replace,
        editedPages: upload.edited,
      }),
    );
    return Response.json({ summary });
  },
});
