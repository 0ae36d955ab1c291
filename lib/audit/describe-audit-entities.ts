// What the entities of a page of audit events are called, for the staff
// screen: an issue by its date, an article by its headline, a person by
// name. One query per entity type on the page, never one per row.
import "server-only";

import type { Db } from "@/lib/db/client";

/** "Issue:<id>" → "2024-01-03 第8123期", "Article:<id>" → its headline, … */
export type EntityNames = Map<string, string>;

/** The key of an entity in EntityNames. */
export const entityKey = (entityType: string, entityId: string) =>
  `${entityType}:${entityId}`;

/**
 * Names the entities `rows` refer to that still exist (a removed page or
 * issue is left out: the screen shows its id).
 */
export async function describeAuditEntities(
  prisma: Db,
  rows: readonly { entityType: string; entityId: string }[],
): Promise<EntityNames> {
  const ids = (type: string) => [
    ...new Set(
      rows.filter((r) => r.entityType === type).map((r) => r.entityId),
    ),
  ];
  const [issues, articles, users, pairs, papers] = await Promise.all([
    prisma.issue.findMany({
      where: { id: { in: ids("Issue") } },
      select: { id: true, date: true, number: true },
    }),
    prisma.article.findMany({
      where: { id: { in: ids("Article") } },
      select: { id: true, headline: true },
    }),
    prisma.user.findMany({
      where: { id: { in: ids("User") } },
      select: { id: true, name: true },
    }),
    prisma.learnedPair.findMany({
      where: { id: { in: ids("LearnedPair") } },
      select: { id: true, misread: true, correction: true },
    }),
    prisma.publication.findMany({
      where: { id: { in: ids("Publication") } },
      select: { id: true, name: true },
    }),
  ]);
  const names: EntityNames = new Map();
  for (const i of issues)
    names.set(
      entityKey("Issue", i.id),
      `${i.date.toISOString().slice(0, 10)}${i.number === null ? "" : ` 第${i.number}期`}`,
    );
  for (const a of articles)
    names.set(entityKey("Article", a.id), `《${a.headline || "—"}》`);
  for (const u of users) names.set(entityKey("User", u.id), u.name);
  for (const p of pairs)
    names.set(entityKey("LearnedPair", p.id), `${p.misread} → ${p.correction}`);
  for (const p of papers) names.set(entityKey("Publication", p.id), p.name);
  return names;
}
