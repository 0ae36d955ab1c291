"use client";

// A save was refused because another editor changed the same place: show
// their change beside ours, per conflict, and let the editor choose.
import { useTranslations } from "next-intl";
import { useState } from "react";

import { docToText } from "@/lib/articles/article-doc";
import type { MergeConflict } from "@/lib/articles/merge/merge-snapshots";
import type { ArticleBlockNode } from "@/lib/articles/tiptap-schema";

function blocksText(blocks: readonly ArticleBlockNode[]): string {
  return blocks.length ? docToText({ type: "doc", content: [...blocks] }) : "—";
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    return (
      value
        .map((b: { label?: string; name?: string | null }) =>
          `${b.label ?? ""} ${b.name ?? ""}`.trim(),
        )
        .join("、") || "—"
    );
  }
  return String(value);
}

export function ConflictDialog({
  who,
  conflicts,
  onResolve,
}: {
  who: string;
  conflicts: readonly MergeConflict[];
  onResolve: (choices: Record<string, "mine" | "theirs">) => void;
}) {
  const t = useTranslations("editor.conflict");
  const tf = useTranslations("editor.fields");
  const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>({});
  const complete = conflicts.every((c) => choices[c.id]);
  return (
    <div className="dialog-backdrop">
      <section
        role="dialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        className="dialog"
        data-testid="conflict-dialog"
      >
        <h2 id="conflict-title">{t("title")}</h2>
        <p>{t("explain", { who })}</p>
        {conflicts.map((c) => {
          const theirs =
            c.kind === "field"
              ? valueText(c.theirs)
              : blocksText(c.theirBlocks);
          const mine =
            c.kind === "field" ? valueText(c.mine) : blocksText(c.myBlocks);
          return (
            <fieldset key={c.id} className="conflict" data-testid="conflict">
              <legend>
                {c.kind === "field"
                  ? tf(c.field === "bylines" ? "bylines" : c.field)
                  : t("body")}
              </legend>
              <div className="conflict-sides">
                <label
                  className={`conflict-side${choices[c.id] === "theirs" ? " chosen" : ""}`}
                >
                  <input
                    type="radio"
                    name={c.id}
                    checked={choices[c.id] === "theirs"}
                    onChange={() =>
                      setChoices({ ...choices, [c.id]: "theirs" })
                    }
                  />{" "}
                  {t("theirs", { who })}
                  <span className="conflict-text" data-testid="conflict-theirs">
                    {theirs}
                  </span>
                </label>
                <label
                  className={`conflict-side${choices[c.id] === "mine" ? " chosen" : ""}`}
                >
                  <input
                    type="radio"
                    name={c.id}
                    checked={choices[c.id] === "mine"}
                    onChange={() => setChoices({ ...choices, [c.id]: "mine" })}
                  />{" "}
                  {t("mine")}
                  <span className="conflict-text" data-testid="conflict-mine">
                    {mine}
                  </span>
                </label>
              </div>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            disabled={!complete}
            onClick={() => onResolve(choices)}
          >
            {t("apply")}
          </button>
        </p>
      </section>
    </div>
  );
}
