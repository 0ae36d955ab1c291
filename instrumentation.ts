// Runs once when the server starts: migrations and first-start setup happen
// before the first request. A database Folio cannot use ends the process
// with one line, not a stack trace.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./lib/setup/prepare-database");
  try {
    await prepareDatabase();
  } catch (error) {
    const known = ["DatabaseUnavailableError", "DataDirLockedError"].includes((error as Error).name);
    console.error(known ? `Folio: ${(error as Error).message}` : error);
    process.exit(1);
  }
}
