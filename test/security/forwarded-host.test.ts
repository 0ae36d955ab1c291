// Forwarded headers are trusted only behind a configured proxy (issue 14,
// item 5): with FOLIO_TRUSTED_PROXY_HOPS=0 the server drops a client's
// X-Forwarded-Host and X-Forwarded-Proto before Next.js or next-auth see
// them (next-auth built its sign-in redirect, callbackUrl included, from
// X-Forwarded-Host: a client could name evil.example and be sent there).
import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  installPeerAddressHeader,
  PEER_HEADER,
} from "@/lib/http/client-address";

describe("forwarded headers without a trusted proxy", () => {
  let server: http.Server;
  let seen: http.IncomingHttpHeaders = {};
  beforeAll(async () => {
    // Another test file in this worker may have marked the hook installed without installing it.
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for("folio.peerAddressHeader")
    ];
    installPeerAddressHeader(0);
    server = http.createServer((req, res) => {
      seen = req.headers;
      res.end("ok");
    });
    await new Promise<void>((resolve) =>
      server.listen(0, "127.0.0.1", resolve),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("drops a client's X-Forwarded-Host and X-Forwarded-Proto, and records the socket's address", async () => {
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/api/auth/signin`, {
      headers: {
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        [PEER_HEADER]: "203.0.113.1",
      },
    });
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen.host).toBe(`127.0.0.1:${port}`);
    expect(seen[PEER_HEADER]).toBe("127.0.0.1");
  });
});
