import { db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/setup/prepare-database";

export const dynamic = "force-dynamic";

/** Ready when the database is migrated and answers. */
export async function GET() {
  try {
    await prepareDatabase();
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
