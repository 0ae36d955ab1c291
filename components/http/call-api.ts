// Calls from client islands to Folio's routes: JSON in, JSON out, and an error message
// the route wrote for the user (never a raw exception).
export type ApiResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string };

/** Sends `body` as JSON (same-origin fetch: the browser adds the Origin the routes check). */
export async function callApi<T>(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers:
        body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, message: "network error" };
  }
  const json = (await res.json().catch(() => null)) as
    (T & { error?: { message?: string } }) | null;
  if (res.ok && json) return { ok: true, data: json };
  return {
    ok: false,
    status: res.status,
    message: json?.error?.message ?? `HTTP ${res.status}`,
  };
}
