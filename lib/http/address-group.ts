// Which addresses count as one client for the sign-in throttle. An IPv4
// address is one client; an IPv6 client usually holds a whole /64 (a home or
// office gets at least one, SLAAC and privacy addresses pick freely inside
// it: RFC 4291 §2.5.4, RFC 8981), so counting single IPv6 addresses would
// give one attacker 2^64 fresh counters.
import { isIPv4, isIPv6 } from "node:net";

/**
 * The group `address` counts in: an IPv4 address as is (also when written as
 * IPv4-mapped IPv6, "::ffff:10.0.0.1" or "::ffff:a00:1"), an IPv6 address as
 * its /64 prefix in full ("2001:db8:0:1::/64"), a zone index dropped.
 * Anything else (e.g. "unknown") is returned lowercased, as one group.
 */
export function addressGroup(address: string): string {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  if (isIPv4(a)) return a;
  if (!isIPv6(a)) return a;
  const hextets = expand(a);
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    return [
      hextets[6]! >> 8,
      hextets[6]! & 255,
      hextets[7]! >> 8,
      hextets[7]! & 255,
    ].join(".");
  }
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (RFC 4291 §2.2: "::", an embedded IPv4 tail). */
function expand(address: string): number[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::")
    ? text.split("::")
    : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const fill =
    tail === undefined
      ? []
      : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((h) => parseInt(h, 16));
}
