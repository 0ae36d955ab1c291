// lib/'s domains (lib/<domain>/…, and the top-level files such as lib/env.ts)
// import one another in one direction only (issue 13): no cycles, and each
// domain imports only the layers below it. Built from the import specifiers
// of every non-test source file, so a back-edge added later fails here.
import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { sourceFiles } from "@/lib/testing/source-files";

const ROOT = path.resolve(__dirname, "..");
const LIB = path.join(ROOT, "lib");

/** Pure domains: rules over text and numbers, importing no package and no impure domain. */
const PURE = ["chinese", "jumps"];

/**
 * The layers, bottom first. A domain may import the domains of the layers
 * below its own, never its own layer's neighbours nor anything above.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["env", "errors", "format-bytes"],
  ["db"],
  ["events"],
  ["http", "i18n", "validation", "chinese"],
  ["audit"],
  ["jumps"],
  ["ocr"],
  ["articles"],
  ["layout"],
  ["issues"],
  ["review"],
  ["publishing"],
  ["import"],
  ["workers"],
  ["auth"],
  ["users"],
  ["jobs"],
  ["setup"],
  ["testing"],
];

/** "articles" for lib/articles/…, "env" for lib/env.ts; null outside lib/. */
function domainOf(file: string): string | null {
  const rel = path.relative(LIB, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const [first, ...rest] = rel.split(path.sep);
  return rest.length > 0 ? first! : first!.replace(/\.tsx?$/, "");
}

/** The file a specifier names, for '@/…' and relative specifiers; null for packages. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith("."))
    return path.resolve(path.dirname(from), specifier);
  return null;
}

/** Domain → imported domain → the imports that make the edge ("file: specifier"). */
type Graph = Map<string, Map<string, string[]>>;

/** The specifiers of a file's static imports, `export … from`, `import type`, import() and require(). */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(fs.readFileSync(file, "utf8"), true, true)
    .importedFiles.map((f) => f.fileName);
}

function buildGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(LIB)) {
    const from = domainOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const specifier of importsOf(file)) {
      const target = resolveSpecifier(file, specifier);
      const to = target && domainOf(target);
      if (!to || to === from) continue;
      const why = `${path.relative(ROOT, file)}: ${specifier}`;
      edges.set(to, [...(edges.get(to) ?? []), why]);
    }
  }
  return graph;
}

/**
 * Every elementary cycle, each once: started from its smallest domain, so
 * the search from `start` visits only domains that sort after it.
 */
function findCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const domains = [...graph.keys()].sort();
  for (const start of domains) {
    const walk = (node: string, trail: string[]) => {
      for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
        if (next === start) cycles.push([...trail, start]);
        else if (next > start && !trail.includes(next))
          walk(next, [...trail, next]);
      }
    };
    walk(start, [start]);
  }
  return cycles;
}

/** The first import behind `from → to`, as evidence in a failure message. */
function evidence(graph: Graph, from: string, to: string): string {
  const why = graph.get(from)!.get(to)!;
  return `${why[0]}${why.length > 1 ? ` (+${why.length - 1} more)` : ""}`;
}

const layerOf = new Map(
  LAYERS.flatMap((names, level) => names.map((name) => [name, level] as const)),
);

describe("lib/ domains", () => {
  const graph = buildGraph();

  it("are read from the sources (a known edge is found)", () => {
    expect(graph.get("import")?.get("articles")?.length).toBeGreaterThan(0);
  });

  it("import one another without cycles", () => {
    const cycles = findCycles(graph).map(
      (cycle) =>
        `${cycle.join(" -> ")}\n${cycle
          .slice(1)
          .map((to, i) => `    ${evidence(graph, cycle[i]!, to)}`)
          .join("\n")}`,
    );
    expect(cycles).toEqual([]);
  });

  it("each have a layer", () => {
    expect([...graph.keys()].filter((d) => !layerOf.has(d))).toEqual([]);
  });

  it("import only the layers below their own", () => {
    const upward: string[] = [];
    for (const [from, edges] of graph)
      for (const to of edges.keys())
        if ((layerOf.get(to) ?? Infinity) >= (layerOf.get(from) ?? -Infinity))
          for (const why of edges.get(to)!)
            upward.push(`${from} -> ${to}: ${why}`);
    expect(upward.sort()).toEqual([]);
  });

  it("keep the pure domains pure (no package, no database)", () => {
    const impure = PURE.flatMap((domain) =>
      sourceFiles(path.join(LIB, domain)).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => {
            const target = resolveSpecifier(file, specifier);
            return !target || !PURE.includes(domainOf(target) ?? "");
          })
          .map((specifier) => `${path.relative(ROOT, file)}: ${specifier}`),
      ),
    );
    expect(impure).toEqual([]);
  });
});
