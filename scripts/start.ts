// `npm start`: generate the Prisma client and build when needed, then serve
// Folio. The server applies migrations and first-start setup itself.
import { spawn } from "node:child_process";

import { parseEnv } from "../lib/env";
import { ensureBuild } from "./lib/ensure-build";
import { ensurePrismaClient } from "./lib/ensure-prisma-client";
import { bin } from "./lib/run";

async function main() {
  const settings = parseEnv(process.env); // a bad setting stops here, with its name
  await ensurePrismaClient();
  await ensureBuild();
  const port = process.env.PORT || "3000";
  // next-auth builds its redirects (sign-in, sign-out) from NEXTAUTH_URL. With a public URL
  // configured, that one; without, each request's own Host, so staff who reach the server by
  // its LAN address stay on it (never http://localhost, which is their own PC).
  const auth = settings.publicUrl
    ? { NEXTAUTH_URL: settings.publicUrl }
    : { AUTH_TRUST_HOST: "true" };
  const env = { ...process.env, ...auth, NEXT_TELEMETRY_DISABLED: "1" };
  const where = settings.publicUrl
    ? `at ${settings.publicUrl} (port ${port})`
    : `on port ${port} (http://localhost:${port}; set FOLIO_PUBLIC_URL to the address staff use)`;
  const database = settings.databaseUrl
    ? "PostgreSQL from DATABASE_URL"
    : `embedded database in ${settings.dataDir}`;
  console.log(`Folio: starting ${where}, ${database}.`);
  console.log(
    "Folio: sign in at /signin as admin@folio.local (or FOLIO_ADMIN_EMAIL); the first start prints the password.",
  );
  const server = spawn(bin("next"), ["start", "-p", port], {
    stdio: "inherit",
    env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`Folio: ${(e as Error).message}`);
  process.exit(1);
});
