// The one way a route reads a request body it buffers (JSON, forms, the
// sign-in form): counted while it streams and refused at the limit. A
// Content-Length is only a claim, and a chunked body has none, so
// `request.text()` would hold whatever a client sends (a 512 MiB chunked
// body once took the server to 500 and over 3 GB).
import { PayloadTooLargeError } from "@/lib/errors";
import { formatBytes } from "@/lib/format-bytes";

/** A body over the route's limit: HTTP 413 (RFC 9110 §15.5.14), nothing was read past the limit. */
export class BodyTooLargeError extends PayloadTooLargeError {
  constructor(readonly limitBytes: number) {
    const max = formatBytes(limitBytes);
    super(
      `The request body is larger than ${max}, the limit here; nothing was stored.`,
      `请求内容超过此处的上限 ${max}，未做任何改动。`,
    );
    this.name = "BodyTooLargeError";
  }
}

/**
 * The body of `request` as bytes, at most `maxBytes` of them. Throws
 * BodyTooLargeError (413) at once when Content-Length declares more, and
 * otherwise the moment the bytes counted while streaming pass `maxBytes`,
 * cancelling the stream so the rest is never read. No body reads as empty.
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes)
    throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined); // the client may be gone already
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** readBodyBytes decoded as UTF-8 (a byte-order mark dropped, malformed sequences replaced). */
export async function readBodyText(
  request: Request,
  maxBytes: number,
): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes));
}
