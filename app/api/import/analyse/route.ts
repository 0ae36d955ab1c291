import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { listEditedPages } from "@/lib/import/list-edited-pages";
import { parseUpload } from "@/lib/import/parse-upload";
import { resolveUploadTarget } from "@/lib/import/resolve-upload-target";
import { runTask } from "@/lib/workers/pool";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/analyse (multipart: issue | date, publication?, page?, repair?, replace?,
 * files) → { preview: ImportPreview, editedPages: EditedPageNotice[] }: segments the files in a
 * worker thread without storing anything, and names the pages editors already changed. 400 not a complete multipart form; 403 no issue.import or cross-origin; 413 over
 * a size or count limit; 422 a file or field the user can fix ({ error: { file, message } }).
 */
export const POST = routeHandler({
  // The paper is named in the form: authorized once the target is resolved.
  access: { action: "issue.import", on: "publication" },
  // What the user can fix in a file or field is 422 (the screen shows it beside the file).
  invalidStatus: 422,
  async run({ request, authorize }) {
    const upload = await parseUpload(request);
    // A target that does not exist is reported now, not after the editor confirms.
    const target = await resolveUploadTarget(db(), upload.target);
    authorize({ kind: "publication", publicationId: target.publicationId });
    const options = { page: upload.page, repair: upload.repair };
    const { preview } = await runTask(
      "ocr",
      "readUpload",
      { files: upload.files, options, want: "preview" },
      request.signal,
    );
    const editedPages = await listEditedPages(
      db(),
      target,
      preview!.pages.map((p) => p.number),
    );
    return Response.json({ preview, editedPages });
  },
});
