// Reads stored content back as an ArticleSnapshot: revision snapshots of
// either shape (the importer's first one predates ArticleSnapshot) and the
// Article row with its bylines. Stored data is trusted, not re-validated:
// an old row must never make an article unreadable.
import type { ArticleGenre, BylineRole } from "@prisma/client";

import {
  articleGenres,
  type ArticleSnapshot,
  bylineRoles,
  type SnapshotByline,
} from "./article-snapshot";
import type { ArticleDoc } from "./tiptap-schema";

/** Fields a stored snapshot may lack (the import shape has no rubric or genre). */
export interface SnapshotDefaults {
  rubric: string | null;
  genre: ArticleGenre;
}

/** An Article row as selected for a snapshot, bylines in order. */
export interface ArticleContentRow {
  kicker: string | null;
  headline: string;
  deck: string | null;
  dateline: string | null;
  rubric: string | null;
  genre: ArticleGenre;
  body: unknown;
  bylines: readonly {
    role: BylineRole;
    label: string;
    contributor: { name: string } | null;
  }[];
}

/** The Prisma select that gives an ArticleContentRow. */
export const articleContentSelect = {
  kicker: true,
  headline: true,
  deck: true,
  dateline: true,
  rubric: true,
  genre: true,
  body: true,
  bylines: {
    orderBy: { order: "asc" },
    select: {
      role: true,
      label: true,
      contributor: { select: { name: true } },
    },
  },
} as const;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const EMPTY_DOC: ArticleDoc = { type: "doc", content: [] };

type Node = Record<string, unknown>;

/**
 * Copies a node with its keys in the schema's order. jsonb stores keys in its
 * own order, and zod outputs them in the schema's: the same content must give
 * the same JSON, or a merge would see changes where there are none.
 */
function canonical(node: Node): Node {
  const out: Node = { type: node.type };
  if (node.type === "text") {
    out.text = node.text;
    if (Array.isArray(node.marks))
      out.marks = node.marks.map((m: Node) => ({ type: m.type }));
    return out;
  }
  if (node.attrs !== undefined) {
    const attrs = node.attrs as Node;
    out.attrs =
      node.type === "heading" ? { level: attrs.level, ...attrs } : { ...attrs };
  }
  if (Array.isArray(node.content)) out.content = node.content.map(canonical);
  return out;
}

function readDoc(v: unknown): ArticleDoc {
  const doc = v as ArticleDoc | null;
  return doc && doc.type === "doc" && Array.isArray(doc.content)
    ? (canonical(doc as unknown as Node) as ArticleDoc)
    : EMPTY_DOC;
}

function readRole(v: unknown): SnapshotByline["role"] {
  const upper = typeof v === "string" ? v.toUpperCase() : "";
  return (bylineRoles as readonly string[]).includes(upper)
    ? (upper as SnapshotByline["role"])
    : "OTHER";
}

/**
 * Bylines of either shape: { role, label, name } (ArticleSnapshot) or the
 * importer's { role: "reporter", label, names: [...] }, one byline per name
 * (an empty list is an institutional byline such as 本报评论员).
 */
function readBylines(v: unknown): SnapshotByline[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((b: Record<string, unknown>): SnapshotByline[] => {
    const role = readRole(b.role);
    const label = str(b.label) ?? "";
    if (Array.isArray(b.names)) {
      const names = b.names.filter(
        (n): n is string => typeof n === "string" && n.length > 0,
      );
      return names.length
        ? names.map((name) => ({ role, label, name }))
        : [{ role, label, name: null }];
    }
    return [{ role, label, name: str(b.name) || null }];
  });
}

/** A stored Revision.snapshot (any shape) as an ArticleSnapshot. */
export function readSnapshot(
  stored: unknown,
  defaults: SnapshotDefaults,
): ArticleSnapshot {
  const s = (stored ?? {}) as Record<string, unknown>;
  const genre = str(s.genre);
  return {
    kicker: str(s.kicker),
    headline: str(s.headline) ?? "",
    deck: str(s.deck),
    dateline: str(s.dateline),
    rubric: "rubric" in s ? str(s.rubric) : defaults.rubric,
    genre:
      genre && (articleGenres as readonly string[]).includes(genre)
        ? (genre as ArticleGenre)
        : defaults.genre,
    bylines: readBylines(s.bylines),
    body: readDoc(s.body),
  };
}

/** The current content of an Article row (selected with articleContentSelect). */
export function snapshotOfArticle(row: ArticleContentRow): ArticleSnapshot {
  return {
    kicker: row.kicker,
    headline: row.headline,
    deck: row.deck,
    dateline: row.dateline,
    rubric: row.rubric,
    genre: row.genre,
    bylines: row.bylines.map((b) => ({
      role: b.role,
      label: b.label,
      name: b.contributor?.name ?? null,
    })),
    body: readDoc(row.body),
  };
}
