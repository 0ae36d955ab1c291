// Runs on both databases: in-memory PGlite by default, PostgreSQL when
// FOLIO_TEST_DATABASE_URL is set (scripts/test-all.ts does both).
import { describe, expect, it } from "vitest";

import { applyMigrations, readMigrations } from "./migrate";
import { testDatabaseKind, useTestDatabase } from "./test-database";

describe(`database (${testDatabaseKind})`, () => {
  const database = useTestDatabase();

  it("records every migration once and applies nothing the second time", async () => {
    expect(await applyMigrations(database)).toEqual([]);
    const rows = await database.withSqlSession((s) =>
      s.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(
      readMigrations("prisma/migrations").map((m) => m.name),
    );
  });

  it("refuses a migration that was edited after it ran", async () => {
    const [first, ...rest] = readMigrations("prisma/migrations");
    await expect(
      applyMigrations(database, [
        { ...first!, checksum: "0".repeat(64) },
        ...rest,
      ]),
    ).rejects.toThrow(/edited/);
  });

  it("refuses a database that a newer version of Folio migrated", async () => {
    const all = readMigrations("prisma/migrations");
    await expect(applyMigrations(database, all.slice(0, -1))).rejects.toThrow(
      /newer version/,
    );
  });

  it("rolls back a failing migration completely", async () => {
    const bad = {
      name: "99999999999999_bad",
      sql: `CREATE TABLE "Tmp" (id int); SELECT no_such_function();`,
      checksum: "x",
    };
    await expect(
      applyMigrations(database, [...readMigrations("prisma/migrations"), bad]),
    ).rejects.toThrow(/99999999999999_bad failed/);
    const tables = await database.withSqlSession((s) =>
      s.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Tmp'`,
      ),
    );
    expect(tables[0]?.n).toBe(0);
  });

  it("reads catalog `name` columns through Prisma", async () => {
    const rows = await database.prisma.$queryRaw<
      { db: string }[]
    >`SELECT current_database() AS db`;
    expect(typeof rows[0]?.db).toBe("string");
    expect(rows[0]?.db.length).toBeGreaterThan(0);
  });

  it("keeps an imported OCR file immutable", async () => {
    const publication = await database.prisma.publication.create({
      data: { name: "测试报", slug: "test" },
    });
    const issue = await database.prisma.issue.create({
      data: { publicationId: publication.id, date: new Date("2024-01-03") },
    });
    const source = await database.prisma.ocrSource.create({
      data: {
        issueId: issue.id,
        fileName: "p1.md",
        format: "MARKDOWN",
        encoding: "UTF-8",
        byteSize: 3,
        checksum: "abc",
        content: Buffer.from("平"),
      },
    });
    await expect(
      database.prisma.ocrSource.update({
        where: { id: source.id },
        data: { content: Buffer.from("改") },
      }),
    ).rejects.toThrow();
    const again = await database.prisma.ocrSource.findUniqueOrThrow({
      where: { id: source.id },
    });
    expect(Buffer.from(again.content).toString()).toBe("平");

    // Links around the original may still change: deleting its page keeps the file.
    const page = await database.prisma.page.create({
      data: { issueId: issue.id, number: 1 },
    });
    await database.prisma
      .$executeRaw`UPDATE "OcrSource" SET "pageId" = ${page.id} WHERE "id" = ${source.id}`;
    await database.prisma.page.delete({ where: { id: page.id } });
    expect(
      (
        await database.prisma.ocrSource.findUniqueOrThrow({
          where: { id: source.id },
        })
      ).pageId,
    ).toBeNull();
  });

  it("leaves password hashes out of results unless asked for", async () => {
    await database.prisma.user.create({
      data: { email: "a@b.c", name: "A", passwordHash: "secret-hash" },
    });
    const plain = await database.prisma.user.findUniqueOrThrow({
      where: { email: "a@b.c" },
    });
    expect("passwordHash" in plain).toBe(false);
    const withHash = await database.prisma.user.findUniqueOrThrow({
      where: { email: "a@b.c" },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash).toBe("secret-hash");
  });
});
