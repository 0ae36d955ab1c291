// Reads a multipart/form-data request body as a stream (busboy), enforcing
// every limit while reading: the body's size, the number of parts, files and
// fields, each file's size and the files' total. A hostile body is refused at
// the first part past a limit, never buffered whole first (Request.formData()
// would hold 200,000 one-byte parts in memory before anyone could count them).
import Busboy from "busboy";

import { MalformedRequestError, PayloadTooLargeError } from "@/lib/errors";
import { formatBytes } from "@/lib/format-bytes";

export interface MultipartLimits {
  /** The whole body, as declared by Content-Length and as counted while reading. */
  maxBodyBytes: number;
  /** Text fields (issue, date, …). */
  maxFields: number;
  /** Bytes of one text field. */
  maxFieldBytes: number;
  /** File parts, empty ones (no file chosen) included. */
  maxFiles: number;
  /** One file that is a zip archive (starts with PK\3\4). */
  maxArchiveBytes: number;
  /** One file that is not an archive. */
  maxFileBytes: number;
  /** All files together, as uploaded. */
  maxTotalBytes: number;
}

export interface MultipartFile {
  /** The form field ("files"). */
  field: string;
  /** The file name the browser sent, as UTF-8 (RFC 7578 §4.2). */
  name: string;
  bytes: Uint8Array;
}

export interface MultipartForm {
  /** The first value of each text field. */
  fields: Map<string, string>;
  files: MultipartFile[];
}

/** A request Folio cannot read as the form it expects: 400 with what is wrong. */
export class MalformedUploadError extends MalformedRequestError {}

/** A body over one of the size or count limits: 413. */
export class UploadTooLargeError extends PayloadTooLargeError {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads `request`'s multipart/form-data body (RFC 7578) under `limits`.
 * Throws MalformedUploadError for a body that is not multipart with a
 * boundary, is truncated or malformed; UploadTooLargeError for a body
 * without Content-Length (chunked: it could be any size), over
 * maxBodyBytes, or past any count or size limit, the moment the limit is
 * passed (the rest of the body is not read).
 */
export async function readMultipart(
  request: Request,
  limits: MultipartLimits,
): Promise<MultipartForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*\bboundary=/i.test(contentType)) {
    throw new MalformedUploadError(
      "The upload must be a multipart form (multipart/form-data with a boundary), as the import screen sends it.",
      "上传内容必须是带 boundary 的 multipart/form-data 表单（导入页面发送的格式）。",
    );
  }
  const declared = request.headers.get("content-length");
  if (
    declared === null ||
    !/^\d+$/.test(declared) ||
    Number(declared) > limits.maxBodyBytes
  ) {
    const max = formatBytes(limits.maxBodyBytes);
    throw new UploadTooLargeError(
      `The upload has no length or is larger than ${max}; import the issue in parts.`,
      `上传内容缺少长度或超过 ${max}，请分批导入。`,
    );
  }
  if (!request.body) throw malformed("the body is empty");
  return parseStream(request.body, contentType, limits);
}

function parseStream(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  limits: MultipartLimits,
): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    const form: MultipartForm = { fields: new Map(), files: [] };
    const reader = body.getReader();
    let failed = false;
    let total = 0;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      parser.destroy();
      reader.cancel().catch(() => undefined); // the client may be gone already
      reject(error);
    };

    let parser: Busboy.Busboy;
    try {
      parser = Busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: {
          fields: limits.maxFields,
          fieldSize: limits.maxFieldBytes,
          files: limits.maxFiles,
          parts: limits.maxFields + limits.maxFiles,
          fileSize: Math.max(limits.maxArchiveBytes, limits.maxFileBytes),
          headerPairs: 16,
        },
      });
    } catch (e) {
      reject(malformed((e as Error).message));
      return;
    }
    const tooMany = (what: string, zh: string, max: number) => () =>
      fail(
        new UploadTooLargeError(
          `The upload has more than ${max} ${what}; refused.`,
          `上传内容的${zh}超过 ${max} 个，已拒绝。`,
        ),
      );
    parser.on(
      "partsLimit",
      tooMany("parts", "表单项", limits.maxFields + limits.maxFiles),
    );
    parser.on("filesLimit", tooMany("files", "文件", limits.maxFiles));
    parser.on("fieldsLimit", tooMany("fields", "字段", limits.maxFields));
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated)
        return fail(malformed(`the field "${name}" is too long`));
      if (!form.fields.has(name)) form.fields.set(name, value);
    });
    parser.on("file", (field, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let limit = limits.maxArchiveBytes;
      stream.on("data", (chunk: Buffer) => {
        if (failed) return;
        // The first bytes tell an archive from a page: a page gets the tighter limit at once.
        if (size === 0 && !ZIP_MAGIC.every((b, i) => chunk[i] === b))
          limit = limits.maxFileBytes;
        size += chunk.length;
        total += chunk.length;
        if (size > limit)
          return fail(fileTooLarge(info.filename ?? field, limit));
        if (total > limits.maxTotalBytes)
          return fail(uploadTooLarge(limits.maxTotalBytes));
        chunks.push(chunk);
      });
      stream.on("limit", () =>
        fail(fileTooLarge(info.filename ?? field, limit)),
      );
      stream.on("error", (e: Error) => fail(malformed(e.message)));
      stream.on("end", () => {
        // No file chosen: browsers send an empty part without a name.
        if (failed || (!info.filename && size === 0)) return;
        form.files.push({
          field,
          name: info.filename ?? "",
          bytes: new Uint8Array(Buffer.concat(chunks, size)),
        });
      });
    });
    parser.on("error", (e: Error) => fail(malformed(e.message)));
    parser.on("close", () => {
      if (!failed) resolve(form);
    });

    let read = 0;
    const pump = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (failed) return;
        if (done) {
          parser.end();
          return;
        }
        read += value.length;
        if (read > limits.maxBodyBytes)
          return fail(uploadTooLarge(limits.maxBodyBytes));
        if (!parser.write(value)) {
          await new Promise<void>((resume) => {
            const done = () => {
              parser.off("drain", done);
              parser.off("close", done);
              resume();
            };
            parser.on("drain", done);
            parser.on("close", done);
          });
        }
      }
    };
    pump().catch((e: unknown) =>
      fail(malformed(`the upload was interrupted (${(e as Error).message})`)),
    );
  });
}

function malformed(detail: string): MalformedUploadError {
  return new MalformedUploadError(
    `The upload is not a complete form (${detail}); try again.`,
    `上传的表单不完整或格式有误（${detail}），请重试。`,
  );
}

function fileTooLarge(name: string, limit: number): UploadTooLargeError {
  const max = formatBytes(limit);
  return new UploadTooLargeError(
    `${name} is larger than ${max}, the limit for one file; refused.`,
    `${name} 超过单个文件的上限 ${max}，已拒绝。`,
  );
}

function uploadTooLarge(limit: number): UploadTooLargeError {
  const max = formatBytes(limit);
  return new UploadTooLargeError(
    `The upload is larger than ${max}; import the issue in parts.`,
    `上传内容超过 ${max}，请分批导入。`,
  );
}
