// Finds the input file a METS FLocat href points at. Hrefs come in every
// form vendors write them ("file://./alto/0001.xml", "ALTO\0001.xml",
// "file:///D:/scans/issue/alto/0001.xml", percent-encoded names), while the
// input names are paths relative to the upload (zip entry or directory).
// The names are indexed once, so each href costs time in its own length, not
// in the number of files (a METS may list hundreds of thousands of hrefs).

/** Path segments, last first, of the input names: which names end at a node, which go on past it. */
interface SuffixNode {
  next: Map<string, SuffixNode>;
  ends: string[];
  longer: string[];
}

/**
 * Returns a function from an href to the name in `names` it refers to, or
 * null when none or several fit. `metsName` anchors relative hrefs. Tried in
 * turn: relative to the METS file; the whole path; one path ending with the
 * other; the same file name.
 */
export function metsFileMatcher(
  metsName: string,
  names: readonly string[],
): (href: string) => string | null {
  const byPath = new Map<string, string[]>();
  const byBase = new Map<string, string[]>();
  const suffixes: SuffixNode = node();
  for (const name of names) {
    const path = normalize(name);
    add(byPath, path, name);
    add(byBase, basename(path), name);
    let at = suffixes;
    const segments = path.split("/").reverse();
    segments.forEach((segment, i) => {
      let child = at.next.get(segment);
      if (!child) at.next.set(segment, (child = node()));
      at = child;
      (i === segments.length - 1 ? at.ends : at.longer).push(name);
    });
  }
  const dir = normalize(metsName).replace(/[^/]*$/, "");
  const one = (hits: readonly string[] | undefined): string | null =>
    hits?.length === 1 ? hits[0]! : null;

  /** Names ending with "/" + target, and names target ends with "/" + name. */
  const overlapping = (target: string): string[] => {
    const hits: string[] = [];
    const segments = target.split("/");
    let at: SuffixNode | undefined = suffixes;
    for (let i = segments.length - 1; i >= 0 && at; i--) {
      at = at.next.get(segments[i]!);
      if (at && i > 0) hits.push(...at.ends.slice(0, 2));
      if (at && i === 0) hits.push(...at.longer.slice(0, 2));
      if (hits.length > 1) break;
    }
    return hits;
  };

  return (href) => {
    const target = normalize(href);
    if (target === "") return null;
    return (
      one(byPath.get(collapse(dir + target))) ??
      one(byPath.get(target)) ??
      one(overlapping(target)) ??
      one(byBase.get(basename(target)))
    );
  };
}

function node(): SuffixNode {
  return { next: new Map(), ends: [], longer: [] };
}

function add(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (list) list.push(name);
  else map.set(key, [name]);
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
    .replace(/^file:\/*(\.\/)?/i, (_m, dot: string | undefined) =>
      dot ? "" : "/",
    )
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
