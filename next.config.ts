import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { API_POLICY, COMMON_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  // PGlite loads its Wasm and data files next to its module; the Prisma
  // client and pg are plain Node packages. Keep them out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    // Native word segmentation (lib/ocr/text/segment-words.ts) with its dictionary file beside it.
    "@node-rs/jieba",
    // Worker threads: piscina finds its own worker file beside its module; the
    // task entry (lib/workers/entry.mjs) is read from disk, never bundled.
    "piscina",
    "tsx",
    "rate-limiter-flexible",
    // Scheduled publishing on PostgreSQL (lib/jobs): loads its SQL migrations
    // and config loader from its own package directory.
    "graphile-worker",
  ],
  // `npm test` runs `tsc --noEmit` and ESLint itself; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Security headers on every response (pages add their nonce CSP in proxy.ts).
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_POLICY }],
      },
    ];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403 for staff without a permission.
    authInterrupts: true,
  },
};

export default withNextIntl(config);
