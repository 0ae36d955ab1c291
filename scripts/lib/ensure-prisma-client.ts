// Generates the Prisma client when it is missing or older than the schema.
// The CLI is pointed at dummy engine paths so that it downloads nothing
// (the Wasm engines it needs ship in the npm packages).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { bin, run } from "./run";

export const prismaCliEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("package.json"),
  PRISMA_QUERY_ENGINE_LIBRARY: path.resolve("package.json"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_SKIP_POSTINSTALL_GENERATE: "1",
  DATABASE_URL:
    process.env.DATABASE_URL || "postgresql://unused@localhost/unused",
});

// Prisma reformats the schema copy it generates from, so compare a hash of ours.
const STAMP = path.resolve("node_modules/.prisma/client/folio-schema-hash");

export async function ensurePrismaClient(): Promise<void> {
  const hash = createHash("sha256")
    .update(fs.readFileSync("prisma/schema.prisma"))
    .digest("hex");
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return;
  console.log("Folio: generating the Prisma client…");
  const code = await run(bin("prisma"), ["generate"], {
    env: prismaCliEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (code !== 0) throw new Error("prisma generate failed");
  fs.writeFileSync(STAMP, hash);
}
