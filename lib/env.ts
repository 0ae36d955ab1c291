// The environment, read once and validated. Nothing else reads process.env
// for Folio's own settings.
import path from "node:path";

import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) =>
    v === undefined || v.trim() === "" ? undefined : v.trim(),
  );

const envSchema = z.object({
  /** PostgreSQL server; absent means the embedded PGlite database. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        "DATABASE_URL must start with postgresql://",
      )
      .optional(),
  ),
  /** Directory of the embedded database and other local state. */
  FOLIO_DATA_DIR: optionalString,
  FOLIO_ADMIN_EMAIL: optionalString,
  FOLIO_ADMIN_PASSWORD: optionalString,
  /** "false" skips loading the demo issue on first start. */
  FOLIO_DEMO: optionalString,
  NEXTAUTH_SECRET: optionalString,
  /** The address staff use, e.g. https://desk.paper.cn (scheme, host, optional port; no path). */
  FOLIO_PUBLIC_URL: optionalString.pipe(
    z
      .string()
      .url("FOLIO_PUBLIC_URL must be a URL such as https://desk.paper.cn")
      .regex(
        /^https?:\/\/[^/?#]+\/?$/,
        "FOLIO_PUBLIC_URL is an origin: http(s)://host[:port], no path",
      )
      .optional(),
  ),
  /** next-auth's own name for the public URL; FOLIO_PUBLIC_URL wins. */
  NEXTAUTH_URL: optionalString,
  /** Reverse proxies in front of Folio whose X-Forwarded-For entries are trusted. */
  FOLIO_TRUSTED_PROXY_HOPS: optionalString.pipe(
    z
      .string()
      .regex(
        /^\d{1,2}$/,
        "FOLIO_TRUSTED_PROXY_HOPS is a small whole number (0 without a proxy)",
      )
      .optional(),
  ),
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  NEXT_PHASE: optionalString,
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | undefined;
  loadDemo: boolean;
  authSecret: string | undefined;
  /**
   * The origin staff reach Folio at ("https://desk.paper.cn"), from
   * FOLIO_PUBLIC_URL or NEXTAUTH_URL; undefined when neither is set (then
   * each request's own Host is used).
   */
  publicUrl: string | undefined;
  /**
   * How many reverse proxies in front of Folio append to X-Forwarded-For: 0
   * (the default) takes the client from the socket alone.
   */
  trustedProxyHops: number;
  nodeEnv: "development" | "production" | "test";
  /** True while `next build` evaluates modules: no database then. */
  isBuildPhase: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `Invalid environment: ${first?.path.join(".")}: ${first?.message}`,
    );
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.FOLIO_DATA_DIR ?? "data"),
    adminEmail: (e.FOLIO_ADMIN_EMAIL ?? "admin@folio.local").toLowerCase(),
    adminPassword: e.FOLIO_ADMIN_PASSWORD,
    loadDemo: e.FOLIO_DEMO !== "false",
    authSecret: e.NEXTAUTH_SECRET,
    publicUrl: publicOrigin(e.FOLIO_PUBLIC_URL ?? e.NEXTAUTH_URL),
    trustedProxyHops: Number(e.FOLIO_TRUSTED_PROXY_HOPS ?? 0),
    nodeEnv: e.NODE_ENV,
    isBuildPhase: e.NEXT_PHASE === "phase-production-build",
  };
}

/** The URL's origin ("https://desk.paper.cn"), or undefined for none or one that is not http(s). */
function publicOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:"
      ? parsed.origin
      : undefined;
  } catch {
    return undefined; // NEXTAUTH_URL is next-auth's to complain about
  }
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
