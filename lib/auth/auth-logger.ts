// next-auth's log, one line per event. A forged, expired or revoked session
// cookie is refused on every request that carries it; next-auth's default
// logger would write a multi-line stack trace each time, letting anyone with
// a bad cookie flood the log. Here each is one bounded line with the reason.
import type { LoggerInstance } from "next-auth";

const MAX_LINE = 300;

function reason(metadata: unknown): string {
  const error =
    metadata instanceof Error
      ? metadata
      : (metadata as { error?: unknown } | null)?.error;
  const name =
    error instanceof Error
      ? error.name || (error as { code?: string }).code || "Error"
      : "";
  const text =
    error instanceof Error ? `${name}: ${error.message}` : String(error ?? "");
  return text.replace(/\s+/g, " ").slice(0, MAX_LINE);
}

/** next-auth's logger option: errors and warnings as single lines, debug output dropped. */
export const authLogger: LoggerInstance = {
  error(code, metadata) {
    const what =
      code === "JWT_SESSION_ERROR" ? "refused a session cookie" : "error";
    console.warn(`[auth] ${what} (${code}): ${reason(metadata)}`);
  },
  warn(code) {
    console.warn(`[auth] warning: ${code}`);
  },
  debug() {},
};
