import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
    // Native word segmentation (lib/ocr/segment-words.ts) with its dictionary file beside it.
    "@node-rs/jieba",
  ],
  // `npm test` runs `tsc --noEmit` and ESLint itself; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403 for staff without a permission.
    authInterrupts: true,
  },
};

export default withNextIntl(config);
