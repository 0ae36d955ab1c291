// `npm start`: generate the Prisma client and build when needed, then serve
// Folio. The server applies migrations and first-start setup itself.
import { spawn } from "node:child_process";

import { ensureBuild } from "./lib/ensure-build";
import { ensurePrismaClient } from "./lib/ensure-prisma-client";
import { bin } from "./lib/run";

async function main() {
  await ensurePrismaClient();
  await ensureBuild();
  const port = process.env.PORT || "3000";
  const env = {
    ...process.env,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(
    `Folio: starting on http://localhost:${port} (${process.env.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : `embedded database in ${process.env.FOLIO_DATA_DIR || "./data"}`}).`,
  );
  console.log("Folio: sign in at /signin as admin@folio.local (or FOLIO_ADMIN_EMAIL); the first start prints the password.");
  const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`Folio: ${(e as Error).message}`);
  process.exit(1);
});
