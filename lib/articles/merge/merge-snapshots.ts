// Three-way merge of two saves of one article made from the same base
// revision: what lets two editors correct one article at once. Fields merge
// as whole values; the body merges block by block (merge-body.ts). Where both
// changed the same thing differently, the merge reports a conflict for the
// editor to decide and holds the other editor's ("theirs", already saved)
// version there meanwhile. Client-safe.
import { ValidationError } from "@/lib/errors";

import {
  type ArticleSnapshot,
  type SnapshotField,
  snapshotFields,
} from "../article-snapshot";
import type { ArticleBlockNode } from "../tiptap-schema";
import { canonicalJson } from "./canonical-json";
import { type BodyChange, type BodyPiece, mergeBody } from "./merge-body";

/** A change taken from one side only, described for the editor (en and zh-CN). */
export interface MergedChange {
  side: "theirs" | "mine";
  what: SnapshotField | "body";
  /** For the body: index in the merged body of the first block changed (or where blocks were deleted). */
  block?: number;
  description: string;
  descriptionZh: string;
}

export type MergeConflict =
  | {
      id: string;
      kind: "field";
      field: SnapshotField;
      base: unknown;
      theirs: unknown;
      mine: unknown;
    }
  | {
      id: string;
      kind: "body";
      baseBlocks: ArticleBlockNode[];
      theirBlocks: ArticleBlockNode[];
      myBlocks: ArticleBlockNode[];
    };

export interface MergeResult {
  /** The merge, with theirs wherever there is a conflict. */
  merged: ArticleSnapshot;
  changes: MergedChange[];
  conflicts: MergeConflict[];
}

const FIELD_NAMES: Record<SnapshotField, [string, string]> = {
  kicker: ["the kicker", "引题"],
  headline: ["the headline", "标题"],
  deck: ["the deck", "副题"],
  dateline: ["the dateline", "电头"],
  rubric: ["the rubric", "栏目"],
  genre: ["the genre", "体裁"],
  bylines: ["the bylines", "署名"],
};

const WHO = {
  theirs: ["Another editor", "另一位编辑"],
  mine: ["You", "你"],
} as const;

function describeField(
  side: "theirs" | "mine",
  field: SnapshotField,
): MergedChange {
  const [en, zh] = FIELD_NAMES[field];
  return {
    side,
    what: field,
    description: `${WHO[side][0]} changed ${en}`,
    descriptionZh: `${WHO[side][1]}修改了${zh}`,
  };
}

const paragraphs = (n: number) => (n === 1 ? "1 paragraph" : `${n} paragraphs`);

function describeBody(c: BodyChange): MergedChange {
  const [who, whoZh] = WHO[c.side];
  const from = c.block + 1;
  const to = c.block + c.produced;
  const at = to > from ? `${from}–${to}` : `${from}`;
  let description: string;
  let descriptionZh: string;
  if (c.produced === 0) {
    description = `${who} deleted ${paragraphs(c.deleted)} ${c.block === 0 ? "at the beginning" : `after paragraph ${c.block}`}`;
    descriptionZh = `${whoZh}删除了${c.block === 0 ? "开头" : `第${c.block}段之后`}的${c.deleted}段`;
  } else if (c.inserted === 0 && c.deleted === 0) {
    description = `${who} edited paragraph${to > from ? "s" : ""} ${at}`;
    descriptionZh = `${whoZh}修改了第${at}段`;
  } else if (c.edited === 0 && c.deleted === 0) {
    description = `${who} added ${paragraphs(c.inserted)} (paragraph${to > from ? "s" : ""} ${at})`;
    descriptionZh = `${whoZh}新增了${c.inserted}段（第${at}段）`;
  } else {
    description = `${who} changed paragraph${to > from ? "s" : ""} ${at} (${c.edited} edited, ${c.inserted} added, ${c.deleted} deleted)`;
    descriptionZh = `${whoZh}改动了第${at}段（修改${c.edited}段，新增${c.inserted}段，删除${c.deleted}段）`;
  }
  return {
    side: c.side,
    what: "body",
    block: c.block,
    description,
    descriptionZh,
  };
}

interface FieldOutcome {
  field: SnapshotField;
  value: unknown;
  conflict: MergeConflict | null;
  change: MergedChange | null;
}

function mergeField(
  field: SnapshotField,
  base: ArticleSnapshot,
  theirs: ArticleSnapshot,
  mine: ArticleSnapshot,
): FieldOutcome {
  const [b, t, m] = [
    canonicalJson(base[field]),
    canonicalJson(theirs[field]),
    canonicalJson(mine[field]),
  ];
  if (t === m || m === b)
    return {
      field,
      value: theirs[field],
      conflict: null,
      change: t === b || t === m ? null : describeField("theirs", field),
    };
  if (t === b)
    return {
      field,
      value: mine[field],
      conflict: null,
      change: describeField("mine", field),
    };
  return {
    field,
    value: theirs[field],
    conflict: {
      id: `field-${field}`,
      kind: "field",
      field,
      base: base[field],
      theirs: theirs[field],
      mine: mine[field],
    },
    change: null,
  };
}

function mergeAll(
  base: ArticleSnapshot,
  theirs: ArticleSnapshot,
  mine: ArticleSnapshot,
) {
  const fields = snapshotFields.map((f) => mergeField(f, base, theirs, mine));
  const body = mergeBody(
    base.body.content,
    theirs.body.content,
    mine.body.content,
  );
  return { fields, body };
}

/** A snapshot made of the merged fields and body, with `pick` deciding each conflict. */
function assemble(
  fields: readonly FieldOutcome[],
  pieces: readonly BodyPiece[],
  mine: ArticleSnapshot,
  pick: (conflict: MergeConflict) => "mine" | "theirs",
): ArticleSnapshot {
  const snapshot: Record<string, unknown> = {};
  for (const f of fields)
    snapshot[f.field] =
      f.conflict && pick(f.conflict) === "mine" ? mine[f.field] : f.value;
  const content: ArticleBlockNode[] = [];
  for (const piece of pieces) {
    if ("blocks" in piece) content.push(...piece.blocks);
    else
      content.push(
        ...(pick(piece.conflict) === "mine"
          ? piece.conflict.myBlocks
          : piece.conflict.theirBlocks),
      );
  }
  snapshot.body = { type: "doc", content };
  return snapshot as ArticleSnapshot;
}

/**
 * Merges `mine` (the save being made) with `theirs` (saved meanwhile), both
 * edited from `base`. Changes to different fields, or to different body
 * blocks or places between them, are all kept; the same change on both sides
 * counts once. A conflict is one field both changed differently, or one
 * place in the body where both changed the same block differently, one
 * edited what the other deleted, or both inserted different blocks. Conflict
 * ids are the same for the same three inputs ("field-headline", "body-…").
 * `changes` lists what each side contributed outside conflicts.
 */
export function mergeSnapshots(
  base: ArticleSnapshot,
  theirs: ArticleSnapshot,
  mine: ArticleSnapshot,
): MergeResult {
  const { fields, body } = mergeAll(base, theirs, mine);
  const conflicts: MergeConflict[] = fields.flatMap((f) =>
    f.conflict ? [f.conflict] : [],
  );
  for (const piece of body.pieces)
    if ("conflict" in piece) conflicts.push(piece.conflict);
  const changes = [
    ...fields.flatMap((f) => (f.change ? [f.change] : [])),
    ...body.changes.map(describeBody),
  ];
  return {
    merged: assemble(fields, body.pieces, mine, () => "theirs"),
    changes,
    conflicts,
  };
}

/**
 * The merge with every conflict decided: `choices` maps each conflict id of
 * mergeSnapshots(base, theirs, mine) to the side to keep there (ids of other
 * conflicts are ignored). Throws a ValidationError when a conflict has no
 * choice, which also happens when `theirs` moved on since the choices were
 * made (its conflicts then have new ids).
 */
export function resolveConflicts(
  base: ArticleSnapshot,
  theirs: ArticleSnapshot,
  mine: ArticleSnapshot,
  choices: Readonly<Record<string, "mine" | "theirs">>,
): ArticleSnapshot {
  const { fields, body } = mergeAll(base, theirs, mine);
  return assemble(fields, body.pieces, mine, (conflict) => {
    const choice = Object.hasOwn(choices, conflict.id)
      ? choices[conflict.id]
      : undefined;
    if (choice !== "mine" && choice !== "theirs") {
      throw new ValidationError(
        `Choose whose change to keep for every conflict (missing: ${conflict.id}).`,
        `请为每一处冲突选择保留哪一方的修改（缺少：${conflict.id}）。`,
      );
    }
    return choice;
  });
}
