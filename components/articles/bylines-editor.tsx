"use client";

// Bylines: typed role, the label as printed, and the contributor's name with
// autocomplete from the publication's contributors; add, remove, reorder.
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

import {
  bylineRoles,
  type SnapshotByline,
} from "@/lib/articles/article-snapshot";

const DEFAULT_LABEL: Record<SnapshotByline["role"], string> = {
  REPORTER: "记者",
  CORRESPONDENT: "通讯员",
  PHOTOGRAPHER: "摄影",
  ILLUSTRATOR: "漫画",
  COMMENTATOR: "本报评论员",
  EDITOR: "编辑",
  OTHER: "",
};

function useContributorNames(articleId: string, query: string): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(
        `/api/contributors?articleId=${encodeURIComponent(articleId)}&q=${encodeURIComponent(query.trim())}`,
        {
          signal: controller.signal,
        },
      )
        .then((r) =>
          r.ok
            ? (r.json() as Promise<{ contributors: { name: string }[] }>)
            : { contributors: [] },
        )
        .then((body) => setNames(body.contributors.map((c) => c.name)))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [articleId, query]);
  return names;
}

export function BylinesEditor({
  articleId,
  bylines,
  editable,
  onChange,
}: {
  articleId: string;
  bylines: readonly SnapshotByline[];
  editable: boolean;
  onChange: (bylines: SnapshotByline[]) => void;
}) {
  const t = useTranslations("editor.bylines");
  const tr = useTranslations("editor.role");
  const listId = useId();
  const [query, setQuery] = useState("");
  const names = useContributorNames(articleId, query);
  const update = (i: number, patch: Partial<SnapshotByline>) =>
    onChange(bylines.map((b, k) => (k === i ? { ...b, ...patch } : b)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...bylines];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset className="bylines" data-testid="bylines-editor">
      <legend>{t("title")}</legend>
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {bylines.map((b, i) => (
        <div key={i} className="byline-row" data-testid="byline-row">
          <select
            aria-label={t("role")}
            value={b.role}
            disabled={!editable}
            onChange={(e) => {
              const role = e.target.value as SnapshotByline["role"];
              // A label still at its role's default follows the new role (记者 → 摄影).
              const label =
                !b.label || b.label === DEFAULT_LABEL[b.role]
                  ? DEFAULT_LABEL[role]
                  : b.label;
              update(i, { role, label });
            }}
          >
            {bylineRoles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
          <input
            aria-label={t("label")}
            className="byline-label"
            value={b.label}
            readOnly={!editable}
            size={8}
            onChange={(e) => update(i, { label: e.target.value })}
          />
          <input
            aria-label={t("name")}
            list={listId}
            className="byline-name"
            value={b.name ?? ""}
            readOnly={!editable}
            size={10}
            placeholder={b.role === "COMMENTATOR" ? t("noName") : ""}
            onFocus={(e) => setQuery(e.target.value)}
            onChange={(e) => {
              setQuery(e.target.value);
              update(i, {
                name: e.target.value.trim() === "" ? null : e.target.value,
              });
            }}
          />
          <button
            type="button"
            className="small secondary"
            disabled={!editable || i === 0}
            onClick={() => move(i, -1)}
            aria-label={t("up")}
          >
            ↑
          </button>
          <button
            type="button"
            className="small secondary"
            disabled={!editable || i === bylines.length - 1}
            onClick={() => move(i, 1)}
            aria-label={t("down")}
          >
            ↓
          </button>
          <button
            type="button"
            className="small secondary"
            disabled={!editable}
            onClick={() => onChange(bylines.filter((_, k) => k !== i))}
            aria-label={t("remove")}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="small secondary"
        disabled={!editable}
        onClick={() =>
          onChange([
            ...bylines,
            { role: "REPORTER", label: DEFAULT_LABEL.REPORTER, name: null },
          ])
        }
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
