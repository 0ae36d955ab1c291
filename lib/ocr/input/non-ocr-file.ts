// Files that travel with OCR output but are not OCR text: page images, PDFs,
// office documents, archives. Directory and zip readers skip them unread
// (a scan's TIFFs can be hundreds of MiB); a single such file given on its own
// is still reported as "not OCR text" by decodeText.

const NON_OCR_EXTENSIONS =
  /\.(jpe?g|png|gif|tiff?|jp2|j2k|jpx|webp|bmp|pdf|zip|7z|rar|gz|tgz|tar|docx?|xlsx?|pptx?)$/i;
/** Hidden files, macOS resource forks and Windows thumbnails. */
const SYSTEM_FILES =
  /(^|\/)(__MACOSX|\.[^/]*)(\/|$)|(^|\/)(Thumbs\.db|desktop\.ini)$/i;

export function isNonOcrFile(name: string): boolean {
  return NON_OCR_EXTENSIONS.test(name);
}

export function isSystemFile(name: string): boolean {
  return SYSTEM_FILES.test(name);
}
