// Chunked-body refusal (issue 14, item 3): a body without Content-Length,
// sent as fast as the server takes it, to an authenticated JSON route
// (four at once) and to the sign-in callback without signing in (two at
// once), against a real `next start` on each database. Measures the time to
// each 413, the bytes sent before it, the server's RSS before and at its
// peak, and /api/health's worst latency meanwhile. Before the streamed
// limits these bodies were read whole (1.6 → 3.3 GB; 190 MiB → 1.76 GB).
// Run alone: npx tsx --conditions=react-server bench/chunked-bodies.ts
import http from "node:http";

import pg from "pg";

import { ensureBuild } from "../scripts/lib/ensure-build";
import { rssMiB, startServer, stopServer } from "./hardening";

const ADMIN_URL =
  process.env.FOLIO_TEST_PG_ADMIN_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const MiB = 1024 * 1024;
/** What each client offers to send; the server should stop it near its limit. */
const OFFERED = 400 * MiB;
const CHUNK = new Uint8Array(256 * 1024).fill(0x20);

interface Refusal {
  status: number;
  ms: number;
  sentMiB: number;
}

/** POSTs up to OFFERED bytes chunked (no Content-Length) until the server answers; the answer's status, when, and bytes sent. */
function sendChunked(
  url: string,
  headers: Record<string, string>,
): Promise<Refusal> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let sent = 0;
    let answered = false;
    const req = http.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "transfer-encoding": "chunked" },
      },
      (res) => {
        answered = true;
        const ms = performance.now() - t0;
        res.resume();
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, ms, sentMiB: sent / MiB });
        });
      },
    );
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && sent < OFFERED) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function measure(
  label: string,
  databaseUrl: string | undefined,
  port: number,
  report: (line: string) => void,
) {
  const server = await startServer({ url: databaseUrl }, port);
  try {
    const pid = server.child.pid!;
    const cases: {
      what: string;
      n: number;
      path: string;
      headers: Record<string, string>;
    }[] = [
      {
        what: "4 × JSON /api/articles/:id/presence, signed in",
        n: 4,
        path: "/api/articles/x1/presence",
        headers: {
          "content-type": "application/json",
          origin: server.base,
          cookie: server.cookie,
        },
      },
      {
        what: "2 × sign-in /api/auth/callback/credentials, not signed in",
        n: 2,
        path: "/api/auth/callback/credentials",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: server.base,
        },
      },
    ];
    for (const c of cases) {
      const before = rssMiB(pid).now;
      let done = false;
      let worstHealth = 0;
      const sampler = (async () => {
        while (!done) {
          const t0 = performance.now();
          await fetch(`${server.base}/api/health`).then((r) => r.arrayBuffer());
          worstHealth = Math.max(worstHealth, performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const refusals = await Promise.all(
        Array.from({ length: c.n }, () =>
          sendChunked(`${server.base}${c.path}`, c.headers),
        ),
      );
      done = true;
      await sampler;
      const statuses = [...new Set(refusals.map((r) => r.status))].join("/");
      const slowest = Math.max(...refusals.map((r) => r.ms));
      const sent = Math.max(...refusals.map((r) => r.sentMiB));
      report(
        `chunked ${OFFERED / MiB} MiB bodies, ${label}, ${c.what}: HTTP ${statuses} after ≤ ${Math.round(slowest)} ms, ≤ ${sent.toFixed(1)} MiB sent each; server RSS ${Math.round(before)} MiB before, peak ${Math.round(rssMiB(pid).peak)} MiB; /api/health max ${Math.round(worstHealth)} ms meanwhile`,
      );
    }
  } finally {
    await stopServer(server);
  }
}

/** Both databases (PostgreSQL skipped, and said so, without a server at FOLIO_TEST_PG_ADMIN_URL). */
export async function benchChunkedBodies(
  report: (line: string) => void,
): Promise<void> {
  await ensureBuild();
  await measure("embedded PGlite", undefined, 3240, report);
  const name = `folio_bench_chunked_${process.pid}`;
  const admin = new pg.Client({
    connectionString: ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch {
    report(`chunked bodies on PostgreSQL: skipped, no server at ${ADMIN_URL}`);
    return;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    await measure(
      "PostgreSQL",
      Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString(),
      3241,
      report,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[1]?.endsWith("chunked-bodies.ts")) {
  benchChunkedBodies(console.log).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
