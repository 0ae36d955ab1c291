// GET /api/issues/:id/layout/version: a short stamp of everything the board
// shows — the layout version, the status, the articles (count, last change),
// the parts and links on the pages, the waivers. A board polls it every few
// seconds and reloads when it changes (imports and saves on the correction
// desk change it too, without a layout version bump).
import "server-only";

import { createHash } from "node:crypto";

import { issueNotFound } from "@/lib/articles/not-found-error";
import type { Db } from "@/lib/db/client";

export interface LayoutStamp {
  layoutVersion: number;
  /** Changes whenever anything on the board changes. */
  stamp: string;
}

/** The stamp of an issue's board; NotFoundError for an unknown issue. One query. */
export async function getLayoutStamp(
  prisma: Db,
  issueId: string,
): Promise<LayoutStamp> {
  const rows = await prisma.$queryRaw<
    { layoutVersion: number; facts: string }[]
  >`
    SELECT i."layoutVersion", concat_ws('|', i."status"::text, i."updatedAt"::text,
      (SELECT concat_ws(',', count(*), max(a."updatedAt")::text) FROM "Article" a WHERE a."issueId" = i."id"),
      (SELECT concat_ws(',', count(*), max(w."createdAt")::text) FROM "ValidationWaiver" w WHERE w."issueId" = i."id"),
      (SELECT concat_ws(',', count(p."id"), count(j."toPlacementId"), string_agg(j."markerOut" || coalesce(j."markerIn", ''), '' ORDER BY j."id"))
        FROM "Page" g JOIN "Placement" p ON p."pageId" = g."id" LEFT JOIN "Jump" j ON j."fromPlacementId" = p."id"
        WHERE g."issueId" = i."id")
    ) AS "facts"
    FROM "Issue" i WHERE i."id" = ${issueId}`;
  const row = rows[0];
  if (!row) throw issueNotFound();
  const stamp = createHash("sha256")
    .update(`${row.layoutVersion}|${row.facts}`)
    .digest("hex")
    .slice(0, 16);
  return { layoutVersion: row.layoutVersion, stamp };
}
