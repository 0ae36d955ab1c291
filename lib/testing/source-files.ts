// The tree's own TypeScript sources, for tests that check a rule over every
// file (messages, import layering) so a file added later is checked too.
import fs from "node:fs";
import path from "node:path";

/** Every .ts/.tsx file under `dir` (a path as given, relative or absolute), tests left out. */
export function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      out.push(p);
  }
  return out;
}
