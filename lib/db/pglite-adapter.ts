// pglite-prisma-adapter 0.6 predates Prisma 6.19's query compiler, which
// sends Bytes arguments as base64 strings; PGlite wants a Uint8Array for
// bytea. This factory decodes them before they reach PGlite. It also gives
// the event loop a turn before each statement: PGlite runs SQL on the event
// loop, and a long import transaction otherwise answered no other request
// until it committed.
import { setImmediate as nextTurn } from "node:timers/promises";

import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

interface ArgType {
  scalarType?: string;
  arity?: string;
}
interface Query {
  sql: string;
  args: unknown[];
  argTypes?: readonly ArgType[];
}
type Queryable<Q extends Query, R, E> = {
  queryRaw(q: Q): Promise<R>;
  executeRaw(q: Q): Promise<E>;
};

const fromBase64 = (v: unknown) =>
  typeof v === "string" ? new Uint8Array(Buffer.from(v, "base64")) : v;

export function decodeBytesArgs<Q extends Query>(query: Q): Q {
  const types = query.argTypes;
  if (!types?.some((t) => t.scalarType === "bytes")) return query;
  const args = query.args.map((arg, i) => {
    if (types[i]?.scalarType !== "bytes") return arg;
    return Array.isArray(arg) ? arg.map(fromBase64) : fromBase64(arg);
  });
  return { ...query, args };
}

function patch<Q extends Query, R, E, T extends Queryable<Q, R, E>>(
  target: T,
): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = async (q) => {
    await nextTurn();
    return queryRaw(decodeBytesArgs(q));
  };
  target.executeRaw = async (q) => {
    await nextTurn();
    return executeRaw(decodeBytesArgs(q));
  };
  return target;
}

/**
 * The adapter factory for PGlite. Typed against the driver-adapter-utils of
 * @prisma/client (6.19); the adapter package bundles an older copy of the
 * same interfaces, hence the one cast.
 */
export function createPGliteAdapter(client: PGlite): SqlDriverAdapterFactory {
  const factory = new PrismaPGlite(
    client,
  ) as unknown as SqlDriverAdapterFactory;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) =>
      patch(await startTransaction(...args));
    return patch(adapter);
  };
  return factory;
}
