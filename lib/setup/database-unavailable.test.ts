import { describe, expect, it } from "vitest";

import { describeConnectionFailure } from "./database-unavailable";

describe("describeConnectionFailure", () => {
  it("explains an unknown host in one line", () => {
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND db.nowhere"), {
      code: "ENOTFOUND",
    });
    const wrapped = Object.assign(new Error("driver failed"), { cause });
    const e = describeConnectionFailure(
      wrapped,
      "PostgreSQL at db.nowhere:5432/folio",
    );
    expect(e?.message).toBe(
      "Cannot reach PostgreSQL at db.nowhere:5432/folio (DATABASE_URL): host not found.",
    );
    expect(e?.message).not.toContain("\n");
  });

  it("explains a refused connection and a missing database", () => {
    expect(
      describeConnectionFailure({ code: "ECONNREFUSED" }, "x")?.message,
    ).toMatch(/connection refused/);
    expect(describeConnectionFailure({ code: "3D000" }, "x")?.message).toMatch(
      /database does not exist/,
    );
  });

  it("leaves other errors alone", () => {
    expect(
      describeConnectionFailure(new Error("syntax error"), "x"),
    ).toBeNull();
  });
});
