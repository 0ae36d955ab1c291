import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { importDocument } from "@/lib/import/import-document";
import { MAX_UPLOAD_BYTES, parseUpload } from "@/lib/import/parse-upload";
import { resolveUploadTarget } from "@/lib/import/resolve-upload-target";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import { respondWithError } from "../respond-with-error";
import { tooLarge } from "../too-large";

export const dynamic = "force-dynamic";

/** Imports the uploaded files into the chosen issue (or that of the given date), in one transaction. */
export async function POST(request: Request) {
  try {
    const user = await requirePermission("issue.import");
    if (tooLarge(request, MAX_UPLOAD_BYTES)) throw tooLarge.error();
    const upload = await parseUpload(await request.formData());
    const doc = readOcrFiles(upload.files, { page: upload.page, repair: upload.repair });
    const target = await resolveUploadTarget(db(), upload.target);
    const summary = await importDocument(db(), doc, {
      ...target,
      importedById: user.id,
      replaceUncorrected: upload.replace,
    });
    return Response.json({ summary });
  } catch (error) {
    return respondWithError(error);
  }
}
