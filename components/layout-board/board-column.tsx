"use client";

// A column of the board: one page (版) with its total 字数 against its
// capacity (an overfull page stands out) and its settings, or the 未分配
// pool. Empty columns still take a dropped card.
import { useDroppable } from "@dnd-kit/core";
import {
  SortableContext,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import type {
  BoardCard as Card,
  BoardColumn as Column,
} from "@/lib/layout/get-board";

import styles from "./layout-board.module.css";

export interface BoardColumnProps {
  /** The drop container id: the page id, or "unassigned". */
  id: string;
  page: Column | null;
  cards: Card[];
  /** Page settings (number, name, capacity, remove); none for 未分配. */
  controls?: ReactNode;
  children: ReactNode;
}

export function BoardColumn({
  id,
  page,
  cards,
  controls,
  children,
}: BoardColumnProps) {
  const t = useTranslations("layout");
  const { setNodeRef, isOver } = useDroppable({ id });
  const over = page?.capacity != null && page.words > page.capacity;
  return (
    <section
      className={`${styles.column} ${isOver ? styles.columnOver : ""} ${over ? styles.overfullColumn : ""}`}
      id={page ? `page-${page.number}` : "unassigned"}
      data-testid="board-column"
      data-page={page ? page.number : "unassigned"}
      data-overfull={over ? "true" : "false"}
    >
      <header className={styles.columnHead}>
        <h2>
          {page ? t("page", { number: page.number }) : t("unassigned")}
          {page?.name ? ` · ${page.name}` : ""}
        </h2>
        {page && (
          <div className={styles.words} data-testid="page-words">
            {page.capacity != null
              ? t("wordsOf", { words: page.words, capacity: page.capacity })
              : t("words", { words: page.words })}{" "}
            {over && (
              <span className={styles.overfull}>
                {t("over", { over: page.words - page.capacity! })}
              </span>
            )}
          </div>
        )}
        {controls}
      </header>
      <SortableContext
        id={id}
        items={cards.map((c) => c.key)}
        strategy={verticalListSortingStrategy}
      >
        <ol ref={setNodeRef} className={styles.cards}>
          {children}
        </ol>
      </SortableContext>
      {cards.length === 0 && (
        <p className="muted small">
          {page ? t("emptyPage") : t("unassignedEmpty")}
        </p>
      )}
    </section>
  );
}
