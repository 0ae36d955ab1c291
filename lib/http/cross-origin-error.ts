import { PermissionError } from "@/lib/errors";

/**
 * A state-changing request another origin's page may have sent (lib/http/refuse-cross-origin.ts):
 * a PermissionError (403) whose message says so.
 */
export class CrossOriginError extends PermissionError {
  constructor() {
    super("same-origin");
    this.name = "CrossOriginError";
    // PermissionError words its messages after a permission; this refusal has its own.
    Object.defineProperty(this, "message", {
      value:
        "This request did not come from a Folio page (cross-site request); refused.",
    });
    Object.defineProperty(this, "messageZh", {
      value: "此请求并非来自 Folio 页面（跨站请求），已拒绝。",
    });
  }
}
