// Turns "cannot connect" failures into one line a newcomer can act on.

export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

const reasons: Record<string, string> = {
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ECONNREFUSED: "connection refused (is the server running?)",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  "28P01": "wrong password",
  "28000": "access denied",
  "3D000": "database does not exist",
};

/** A one-line explanation if this is a connection failure, else null. */
export function describeConnectionFailure(
  error: unknown,
  where: string,
): DatabaseUnavailableError | null {
  let e: unknown = error;
  // Prisma and pg wrap the socket error; walk the causes.
  for (let depth = 0; depth < 5 && e; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && reasons[code]) {
      return new DatabaseUnavailableError(
        `Cannot reach ${where} (DATABASE_URL): ${reasons[code]}.`,
      );
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
