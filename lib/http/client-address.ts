// Which client sent a request, as far as the network says and no further.
//
// Route handlers in Next.js see no socket, and Next.js fills in
// X-Forwarded-For from the socket only when the client sent none, so the
// header alone is whatever the client wrote. installPeerAddressHeader()
// (called once from instrumentation.ts, in the server process) records the
// socket's address in a header of our own on every request, overwriting
// anything a client sent under that name; clientAddress() starts from it and
// walks back through X-Forwarded-For only as many hops as there are trusted
// reverse proxies (FOLIO_TRUSTED_PROXY_HOPS), the entries those proxies
// appended (MDN X-Forwarded-For, "Selecting an IP address"). Without a
// trusted proxy, the same hook drops a client's X-Forwarded-Host and
// X-Forwarded-Proto, which Next.js and next-auth would otherwise take as
// the address staff used (next-auth built sign-in redirects to any host a
// client named there); Next.js then fills them in from Host and the socket.
import http from "node:http";

import { env } from "@/lib/env";

/** The header carrying the socket's address; never trusted from a client. */
export const PEER_HEADER = "x-folio-peer";

const INSTALLED = Symbol.for("folio.peerAddressHeader");
const registry = globalThis as unknown as Record<symbol, boolean | undefined>;

/**
 * Makes the Node HTTP server put each request's socket address in
 * PEER_HEADER before any handler runs (the place APM agents instrument too),
 * and, with no trusted proxy in front (`trustedProxyHops` 0, from
 * FOLIO_TRUSTED_PROXY_HOPS), remove X-Forwarded-Host and X-Forwarded-Proto.
 * Idempotent; affects servers already listening.
 */
export function installPeerAddressHeader(
  trustedProxyHops: number = env().trustedProxyHops,
): void {
  if (registry[INSTALLED]) return;
  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "unknown";
      if (trustedProxyHops === 0) {
        delete request.headers["x-forwarded-host"];
        delete request.headers["x-forwarded-proto"];
      }
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  registry[INSTALLED] = true;
}

/** Whether PEER_HEADER can be trusted in this process (installPeerAddressHeader ran). */
export function peerAddressHeaderInstalled(): boolean {
  return registry[INSTALLED] === true;
}

/** For tests: trust PEER_HEADER as if the server had set it. */
export function trustPeerHeaderForTests(): void {
  registry[INSTALLED] = true;
}

let warned = false;

/**
 * The client's address: the socket's peer (PEER_HEADER), or with
 * `trustedProxyHops` proxies in front, the X-Forwarded-For entry that many
 * hops back from the peer (each proxy appends the address it received the
 * request from). Addresses a client wrote further left are ignored. Returns
 * "unknown" when the server did not record the peer: then all such clients
 * share one count, which errs towards refusing, never towards a bypass.
 */
export function clientAddress(
  headers: Headers,
  trustedProxyHops: number,
): string {
  const peer = peerAddressHeaderInstalled() ? headers.get(PEER_HEADER) : null;
  if (!peer) {
    if (!warned)
      console.warn(
        "[http] the socket address is not recorded (installPeerAddressHeader); clients are counted together",
      );
    warned = true;
    return "unknown";
  }
  const chain = [
    ...(headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    peer,
  ];
  const hop = Math.max(0, chain.length - 1 - trustedProxyHops);
  return normalise(chain[hop]!);
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
}
