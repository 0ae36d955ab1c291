import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database in ./data with the demo issue", () => {
    const e = parseEnv({});
    expect(e.databaseUrl).toBeUndefined();
    expect(e.dataDir).toBe(path.resolve("data"));
    expect(e.adminEmail).toBe("admin@folio.local");
    expect(e.loadDemo).toBe(true);
    expect(e.isBuildPhase).toBe(false);
  });

  it("treats an empty DATABASE_URL as absent and accepts a PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).databaseUrl).toBeUndefined();
    expect(
      parseEnv({ DATABASE_URL: "postgresql://u@h:5432/d" }).databaseUrl,
    ).toBe("postgresql://u@h:5432/d");
  });

  it("rejects a DATABASE_URL that is not PostgreSQL, naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://u@h/d" })).toThrow(
      /DATABASE_URL/,
    );
  });

  it("reads the admin settings, the demo switch and the build phase", () => {
    const e = parseEnv({
      FOLIO_ADMIN_EMAIL: "Chief@Paper.CN",
      FOLIO_ADMIN_PASSWORD: "pw",
      FOLIO_DEMO: "false",
      FOLIO_DATA_DIR: "/tmp/x",
      NEXT_PHASE: "phase-production-build",
    });
    expect(e).toMatchObject({
      adminEmail: "chief@paper.cn",
      adminPassword: "pw",
      loadDemo: false,
      dataDir: "/tmp/x",
    });
    expect(e.isBuildPhase).toBe(true);
  });

  it("takes the public URL's origin from FOLIO_PUBLIC_URL, else NEXTAUTH_URL, and refuses one with a path", () => {
    expect(parseEnv({}).publicUrl).toBeUndefined();
    expect(parseEnv({ NEXTAUTH_URL: "http://10.0.0.5:3000" }).publicUrl).toBe(
      "http://10.0.0.5:3000",
    );
    expect(
      parseEnv({
        FOLIO_PUBLIC_URL: "https://Desk.Paper.CN/",
        NEXTAUTH_URL: "http://x",
      }).publicUrl,
    ).toBe("https://desk.paper.cn");
    expect(() =>
      parseEnv({ FOLIO_PUBLIC_URL: "https://desk.paper.cn/folio" }),
    ).toThrow(/FOLIO_PUBLIC_URL/);
    expect(() => parseEnv({ FOLIO_PUBLIC_URL: "desk.paper.cn" })).toThrow(
      /FOLIO_PUBLIC_URL/,
    );
  });

  it("trusts no proxy unless told how many hops, and only a small whole number", () => {
    expect(parseEnv({}).trustedProxyHops).toBe(0);
    expect(parseEnv({ FOLIO_TRUSTED_PROXY_HOPS: "1" }).trustedProxyHops).toBe(
      1,
    );
    expect(() => parseEnv({ FOLIO_TRUSTED_PROXY_HOPS: "-1" })).toThrow(
      /FOLIO_TRUSTED_PROXY_HOPS/,
    );
    expect(() => parseEnv({ FOLIO_TRUSTED_PROXY_HOPS: "all" })).toThrow(
      /FOLIO_TRUSTED_PROXY_HOPS/,
    );
  });
});
