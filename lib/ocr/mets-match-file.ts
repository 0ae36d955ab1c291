// Finds the input file a METS FLocat href points at. Hrefs come in every
// form vendors write them ("file://./alto/0001.xml", "ALTO\0001.xml",
// "file:///D:/scans/issue/alto/0001.xml", percent-encoded names), while the
// input names are paths relative to the upload (zip entry or directory).

/** The name in `names` that `href` refers to, or null. `metsName` anchors relative hrefs. */
export function matchMetsFile(href: string, metsName: string, names: readonly string[]): string | null {
  const target = normalize(href);
  if (target === "") return null;
  const lower = names.map((n) => normalize(n));
  const dir = normalize(metsName).replace(/[^/]*$/, "");
  const pick = (test: (name: string) => boolean): string | null => {
    const hits = names.filter((_, i) => test(lower[i]!));
    return hits.length === 1 ? hits[0]! : null;
  };
  return (
    pick((n) => n === collapse(dir + target)) ??
    pick((n) => n === target) ??
    pick((n) => n.endsWith(`/${target}`) || target.endsWith(`/${n}`)) ??
    pick((n) => basename(n) === basename(target))
  );
}

function normalize(path: string): string {
  let p = path.trim();
  try {
    p = decodeURIComponent(p);
  } catch {
    // A stray "%" that is not an escape: keep the href as written.
  }
  p = p
    .replace(/\\/g, "/")
    .replace(/^file:\/*(\.\/)?/i, (_m, dot: string | undefined) => (dot ? "" : "/"))
    .replace(/^\/[a-z]:\//i, "/")
    .replace(/^(\.\/)+/, "");
  // An absolute path (from the vendor's machine) can only match by its tail.
  return collapse(p.replace(/^\/+/, "")).toLowerCase();
}

function collapse(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
