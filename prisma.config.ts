// Prisma CLI configuration. Only `prisma generate` and `prisma migrate diff`
// run here (see scripts/migration-diff.ts). The Wasm schema engine ("js")
// needs a driver adapter even to diff two schemas, so the CLI gets a
// throw-away in-memory PGlite. Migrations are applied by lib/db/migrate.ts.
import path from "node:path";

import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PrismaConfig } from "prisma";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // The adapter package bundles an older copy of Prisma's adapter types.
    return new PrismaPGlite(
      new PGlite(),
    ) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
} satisfies PrismaConfig;
