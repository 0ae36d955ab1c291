import { database, db } from "@/lib/db/client";
import { importsWriting } from "@/lib/import/import-activity";
import { prepareDatabase } from "@/lib/setup/prepare-database";

export const dynamic = "force-dynamic";

/**
 * Ready when the database is migrated and answers: { ok: true }, else 503. On the
 * embedded database, while an import of this process holds its one connection, the
 * answer is { ok: true, database: "busy" } at once rather than after the import commits.
 */
export async function GET() {
  try {
    await prepareDatabase();
    if (database().kind === "pglite" && importsWriting() > 0) return Response.json({ ok: true, database: "busy" });
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
