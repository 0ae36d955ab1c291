import { describe, expect, it } from "vitest";

import { ownOriginRedirect } from "./own-origin-redirect";

describe("ownOriginRedirect", () => {
  const base = "http://10.0.0.5:3000";

  it("keeps paths and URLs of Folio's own origin", () => {
    expect(ownOriginRedirect("/desk/issues/x1?a=1", base, undefined)).toBe(
      "http://10.0.0.5:3000/desk/issues/x1?a=1",
    );
    expect(
      ownOriginRedirect("http://10.0.0.5:3000/desk", base, undefined),
    ).toBe("http://10.0.0.5:3000/desk");
  });

  it("sends another site's URL, a scheme-relative one or a javascript: URL to the desk instead", () => {
    for (const url of [
      "http://evil.example/pwn",
      "//evil.example/pwn",
      "https://10.0.0.5:3000.evil.example/",
      "javascript:alert(1)",
      "http://10.0.0.5:3001/",
    ]) {
      expect(ownOriginRedirect(url, base, undefined), url).toBe(
        "http://10.0.0.5:3000/desk",
      );
    }
  });

  it("follows the configured public URL over next-auth's base URL", () => {
    expect(
      ownOriginRedirect(
        "http://evil.example/pwn",
        "http://evil.example",
        "https://desk.paper.cn",
      ),
    ).toBe("https://desk.paper.cn/desk");
    expect(
      ownOriginRedirect(
        "/desk",
        "http://evil.example",
        "https://desk.paper.cn",
      ),
    ).toBe("https://desk.paper.cn/desk");
  });
});
