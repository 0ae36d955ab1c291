// The environment, read once and validated. Nothing else reads process.env
// for Folio's own settings.
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const envSchema = z.object({
  /** PostgreSQL server; absent means the embedded PGlite database. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
      .optional(),
  ),
  /** Directory of the embedded database and other local state. */
  FOLIO_DATA_DIR: optionalString,
  FOLIO_ADMIN_EMAIL: optionalString,
  FOLIO_ADMIN_PASSWORD: optionalString,
  /** "false" skips loading the demo issue on first start. */
  FOLIO_DEMO: optionalString,
  NEXTAUTH_SECRET: optionalString,
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_PHASE: optionalString,
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | undefined;
  loadDemo: boolean;
  authSecret: string | undefined;
  nodeEnv: "development" | "production" | "test";
  /** True while `next build` evaluates modules: no database then. */
  isBuildPhase: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${first?.path.join(".")}: ${first?.message}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.FOLIO_DATA_DIR ?? "data"),
    adminEmail: (e.FOLIO_ADMIN_EMAIL ?? "admin@folio.local").toLowerCase(),
    adminPassword: e.FOLIO_ADMIN_PASSWORD,
    loadDemo: e.FOLIO_DEMO !== "false",
    authSecret: e.NEXTAUTH_SECRET,
    nodeEnv: e.NODE_ENV,
    isBuildPhase: e.NEXT_PHASE === "phase-production-build",
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
