import { PermissionError } from "@/lib/errors";

/**
 * Refuses a state-changing request another site's page sent with the
 * editor's cookies: its Origin (or Sec-Fetch-Site) must name this host.
 * Requests without either header come from no browser page and pass.
 */
export function refuseCrossOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let sameHost = origin === null;
  if (origin !== null && origin !== "null" && host) {
    try {
      sameHost = new URL(origin).host === host;
    } catch {
      sameHost = false;
    }
  }
  if (!sameHost || (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none")) {
    throw new PermissionError("same-origin");
  }
}
