// Prisma's pg adapter cannot deserialize PostgreSQL's `name` type (OID 19,
// prisma/orm#27403), which catalog queries return. A `name` is text on the
// wire, so report it as `text` (OID 25) in every result.
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function relabel<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)
    ?.fields;
  if (fields)
    for (const f of fields)
      if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
  return result;
}

class NameAsTextClient extends pg.Client {
  // pg's query() has many overloads; all of them end in a result or a callback.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) =>
        (last as (e: Error | null, r: unknown) => void)(err, relabel(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (out instanceof Promise ? out.then(relabel) : out) as never;
  }
}

export function createNameAsTextPool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: NameAsTextClient });
}
