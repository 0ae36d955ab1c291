// Source notes (来源) closing an item or a column of 简讯: （综合整理）,
// （本报综合）, （据新华社）, （来源：人民网）. They credit no person but say
// who compiled the text, so they are kept as a nameless credit of the article
// they close (like 本报评论员), never as a rubric or body text.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

import type { OcrByline } from "../types";

const BRACKETED = /^[（(]([^（()）]{2,20})[）)]$/;
const NOTE =
  /^(?:综合整理|本报综合|综合报道|综合|整理|编译|据.{2,14}|来源[:：].{2,14}|.{2,10}(?:供稿|供图|综合|报道|消息))$/;

/** The note as a nameless credit `{ role: "other", label: "综合整理", names: [] }`, or null when the block is not one. */
export function parseSourceNote(lines: readonly string[]): OcrByline[] | null {
  if (lines.length !== 1) return null;
  const inner = BRACKETED.exec((lines[0] ?? "").trim())?.[1]?.trim();
  if (
    inner === undefined ||
    /[。，,；;！？!?]/.test(inner) ||
    !NOTE.test(foldTraditional(inner))
  )
    return null;
  return [{ role: "other", label: inner, names: [] }];
}
