// How many imports are writing to the database right now, in this process.
// The embedded database has a single connection: while an import's
// transaction holds it, any other query waits for the commit. The health
// check reports this beside the wait it measures (lib/setup/check-health.ts).

let writing = 0;

/** Runs `write` (an import's database phase) counted in importsWriting(). */
export async function whileImporting<T>(write: () => Promise<T>): Promise<T> {
  writing++;
  try {
    return await write();
  } finally {
    writing--;
  }
}

/** Imports of this process inside their database transaction now. */
export function importsWriting(): number {
  return writing;
}
