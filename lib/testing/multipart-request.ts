// A POST request carrying `form` as a browser sends it: multipart/form-data
// with a boundary, a Content-Length, and the same-origin headers of a page
// on `host` (tests override any of them).
export async function multipartRequest(
  form: FormData,
  options: {
    path?: string;
    host?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Request> {
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return rawRequest(body, encoded.headers.get("content-type")!, options);
}

/** A POST request with exactly this body and Content-Type (malformed bodies included). */
export function rawRequest(
  body: Uint8Array | string,
  contentType: string,
  options: {
    path?: string;
    host?: string;
    headers?: Record<string, string>;
  } = {},
): Request {
  const bytes =
    typeof body === "string"
      ? new TextEncoder().encode(body)
      : new Uint8Array(body);
  const host = options.host ?? "desk.folio.test";
  return new Request(`http://${host}${options.path ?? "/api/import/analyse"}`, {
    method: "POST",
    body: bytes as Uint8Array<ArrayBuffer>,
    headers: {
      host,
      origin: `http://${host}`,
      "sec-fetch-site": "same-origin",
      "content-type": contentType,
      "content-length": String(bytes.length),
      ...options.headers,
    },
  });
}
