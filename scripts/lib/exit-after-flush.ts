// Ends a command-line process only once what it wrote has left the process.
// stdout and stderr are asynchronous when they are pipes (and on some
// platforms sockets): process.exit() right after a large write drops all but
// the first 64 KiB the kernel took (`folio segment DIR | cat`).

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  // Writes complete in order, so the callback of an empty write runs once every
  // earlier write has been handed to the operating system (or has failed).
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write("", () => resolve());
  });
}

/**
 * Sets `process.exitCode` to `code`, waits until stdout and stderr have
 * drained, then exits (so handles a command left open, such as a database
 * pool, cannot keep it alive). A reader that went away (EPIPE, `| head`) ends
 * the wait instead of crashing the process.
 */
export function exitAfterFlush(code: number): void {
  process.exitCode = code;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", () => undefined);
  }
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(
    () => process.exit(code),
  );
}
