// `npm run db:generate`: regenerate the Prisma client after a schema change.
import { ensurePrismaClient } from "./lib/ensure-prisma-client";

ensurePrismaClient().catch((e: unknown) => {
  console.error(`Folio: ${(e as Error).message}`);
  process.exit(1);
});
