"use client";

// A page's settings on the board: renumber it (the pages between move and
// every jump marker follows), rename it, set its 字数 capacity, remove it.
// Each is a small form whose request is built from its own fields.
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";

import type { BoardColumn } from "@/lib/layout/get-board";

import styles from "./layout-board.module.css";

export interface PageControlsProps {
  page: BoardColumn;
  disabled: boolean;
  /** Sends one change; resolves when the board has reloaded. */
  send: (
    method: "POST" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
  ) => Promise<void>;
  issueId: string;
}

const field = (e: FormEvent<HTMLFormElement>, name: string) =>
  String(new FormData(e.currentTarget).get(name) ?? "").trim();

export function PageControls({
  page,
  disabled,
  send,
  issueId,
}: PageControlsProps) {
  const t = useTranslations("layout");
  const base = `/api/issues/${issueId}/pages/${page.pageId}`;
  const renumber = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const number = Number(field(e, "number"));
    if (Number.isInteger(number) && number !== page.number)
      void send("POST", `${base}/renumber`, { number });
  };
  const edit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const capacity = field(e, "capacity");
    void send("PATCH", base, {
      name: field(e, "name"),
      capacity: capacity === "" ? null : Number(capacity),
    });
  };
  const remove = () => {
    if (window.confirm(t("confirmRemove", { number: page.number })))
      void send("DELETE", base);
  };
  return (
    <details className={styles.pageControls} data-testid="page-controls">
      <summary>{t("actions")}</summary>
      <form onSubmit={renumber}>
        <label>
          {t("pageNumber")}{" "}
          <input
            name="number"
            type="number"
            min={1}
            max={999}
            defaultValue={page.number}
            key={page.number}
            required
          />
        </label>
        <button type="submit" className="small secondary" disabled={disabled}>
          {t("renumber")}
        </button>
      </form>
      <form onSubmit={edit}>
        <label>
          {t("pageName")}{" "}
          <input
            name="name"
            maxLength={20}
            defaultValue={page.name ?? ""}
            key={`n${page.name}`}
          />
        </label>
        <label>
          {t("capacity")}{" "}
          <input
            name="capacity"
            type="number"
            min={1}
            defaultValue={page.capacity ?? ""}
            key={`c${page.capacity}`}
          />
        </label>
        <button type="submit" className="small secondary" disabled={disabled}>
          {t("savePage")}
        </button>
      </form>
      <button
        type="button"
        className="small secondary"
        disabled={disabled}
        onClick={remove}
      >
        {t("removePage")}
      </button>
    </details>
  );
}
