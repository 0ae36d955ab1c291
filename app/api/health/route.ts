import { checkHealth } from "@/lib/setup/check-health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health → 200 { ok: true, database: "ready", waitedMs, importsWriting } when the
 * database is migrated and a real read answered within 2 s (waitedMs: how long it waited);
 * else 503 { ok: false, database: "busy" | "starting" | "error", waitedMs?, importsWriting }.
 * lib/setup/check-health.ts.
 */
export async function GET() {
  const { status, body } = await checkHealth();
  return Response.json(body, { status });
}
