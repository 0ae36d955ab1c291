"use client";

// The structured fields of an article: kicker 引题, headline, deck 副题,
// dateline, rubric 栏目 and genre.
import { useTranslations } from "next-intl";

import {
  articleGenres,
  type ArticleSnapshot,
} from "@/lib/articles/article-snapshot";

type HeaderField = "kicker" | "headline" | "deck" | "dateline" | "rubric";
const FIELDS: readonly HeaderField[] = [
  "kicker",
  "headline",
  "deck",
  "dateline",
  "rubric",
];

export function HeaderFields({
  snapshot,
  editable,
  onChange,
}: {
  snapshot: ArticleSnapshot;
  editable: boolean;
  onChange: (patch: Partial<ArticleSnapshot>) => void;
}) {
  const t = useTranslations("editor.fields");
  const tg = useTranslations("editor.genre");
  return (
    <div className="header-fields">
      {FIELDS.map((field) => (
        <div key={field} className={`field field-${field}`}>
          <label htmlFor={`field-${field}`}>{t(field)}</label>
          <input
            id={`field-${field}`}
            value={snapshot[field] ?? ""}
            readOnly={!editable}
            maxLength={field === "deck" ? 300 : 200}
            onChange={(e) => {
              const value = e.target.value.replace(/[\r\n]+/g, " ");
              onChange({
                [field]:
                  field === "headline" ? value : value === "" ? null : value,
              });
            }}
          />
        </div>
      ))}
      <div className="field field-genre">
        <label htmlFor="field-genre">{t("genre")}</label>
        <select
          id="field-genre"
          value={snapshot.genre}
          disabled={!editable}
          onChange={(e) =>
            onChange({ genre: e.target.value as ArticleSnapshot["genre"] })
          }
        >
          {articleGenres.map((g) => (
            <option key={g} value={g}>
              {tg(g)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
