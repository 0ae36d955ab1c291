import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES, parseUpload } from "@/lib/import/parse-upload";
import { resolveUploadTarget } from "@/lib/import/resolve-upload-target";
import { summariseDocument } from "@/lib/import/summarise-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import { respondWithError } from "../respond-with-error";
import { tooLarge } from "../too-large";

export const dynamic = "force-dynamic";

/** Segments the uploaded files without storing anything: the preview. */
export async function POST(request: Request) {
  try {
    await requirePermission("issue.import");
    if (tooLarge(request, MAX_UPLOAD_BYTES)) throw tooLarge.error();
    const upload = await parseUpload(await request.formData());
    // A target that does not exist is reported now, not after the editor confirms.
    await resolveUploadTarget(db(), upload.target);
    const doc = readOcrFiles(upload.files, { page: upload.page, repair: upload.repair });
    return Response.json({ preview: summariseDocument(doc) });
  } catch (error) {
    return respondWithError(error);
  }
}
