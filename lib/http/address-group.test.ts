import { describe, expect, it } from "vitest";

import { addressGroup } from "./address-group";

describe("addressGroup", () => {
  it("keeps an IPv4 address, also written as IPv4-mapped IPv6", () => {
    expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::FFFF:cb00:7107")).toBe("203.0.113.7");
    expect(addressGroup("0:0:0:0:0:ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("puts every IPv6 address of one /64 in one group, however it is written", () => {
    const group = "2001:db8:0:1::/64";
    for (const a of [
      "2001:db8:0:1::1",
      "2001:0DB8:0000:0001:ffff:1:2:3",
      "2001:db8::1:abcd:0:0:1",
      "[2001:db8:0:1::9]",
      "2001:db8:0:1::5%eth0",
    ]) {
      expect(addressGroup(a), a).toBe(group);
    }
    expect(addressGroup("2001:db8:0:2::1")).toBe("2001:db8:0:2::/64");
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
  });

  it("leaves what is no address as one group", () => {
    expect(addressGroup("unknown")).toBe("unknown");
  });
});
