"use client";

// One card on the board: an article part with its kicker, headline, bylines,
// status, 字数 and jump badges (markers generated from the links), a drag
// handle (pointer or keyboard) and the part's actions.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { articleName } from "@/lib/articles/article-name";
import type { BoardCard as Card } from "@/lib/layout/get-board";

import styles from "./layout-board.module.css";

export type CardAction = "split" | "join" | "link" | "unlink" | "fixMarkers";

export interface BoardCardProps {
  card: Card;
  /** Dragging and the actions wait for hydration, edit rights and the last save. */
  disabled: boolean;
  /** The printed markers of this card's jump disagree with the link (a finding). */
  markerMismatch: boolean;
  onAction: (action: CardAction, card: Card) => void;
}

export function BoardCard({
  card,
  disabled,
  markerMismatch,
  onAction,
}: BoardCardProps) {
  const t = useTranslations("layout");
  const ts = useTranslations("articleStatus");
  const {
    attributes,
    listeners,
    setNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: card.key,
    disabled,
    // dnd-kit says "sortable" in every language otherwise.
    attributes: { roleDescription: t("announce.roleDescription") },
  });
  const headline = articleName(card.headline, card.opening, t("untitled"));
  return (
    <li
      ref={setNodeRef}
      id={`card-${card.key}`}
      className={`${styles.card} ${isDragging ? styles.dragging : ""}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="board-card"
      data-article-id={card.articleId}
      data-part={card.part}
    >
      <button
        type="button"
        className={styles.handle}
        {...attributes}
        {...listeners}
        disabled={disabled}
        aria-label={t("drag", { headline })}
      >
        ⠿
      </button>
      <div className={styles.cardBody}>
        {card.kicker && card.part === 1 && (
          <span className={styles.kicker}>{card.kicker}</span>
        )}
        <span className={styles.headline} data-testid="card-headline">
          {headline}
        </span>
        <div className={styles.meta}>
          {card.part === 1 && card.bylines.length > 0 && (
            <span>{card.bylines.join(" ")}</span>
          )}
          <span className="tag">{ts(card.status)}</span>
          <span>{t("words", { words: card.words })}</span>
          {card.partCount > 1 && (
            <span>{t("part", { part: card.part, count: card.partCount })}</span>
          )}
        </div>
        <div>
          {card.jumpIn && (
            <span className={styles.badge} data-testid="jump-in">
              {card.jumpIn.marker}
            </span>
          )}
          {card.waiting && (
            <span
              className={`${styles.badge} ${styles.badgeOpen}`}
              data-testid="jump-waiting"
            >
              {t("waiting", { marker: card.waiting.marker ?? "" })}
            </span>
          )}
          {card.jumpOut && (
            <span
              className={`${styles.badge} ${card.jumpOut.linked ? "" : styles.badgeOpen}`}
              data-testid="jump-out"
            >
              {card.jumpOut.marker}
              {!card.jumpOut.linked && ` · ${t("openJump")}`}
            </span>
          )}
        </div>
        <div className={styles.actions}>
          <Link href={`/desk/articles/${card.articleId}`}>{t("openDesk")}</Link>
          {card.placementId && (
            <button
              type="button"
              className="linkish"
              disabled={disabled}
              onClick={() => onAction("split", card)}
            >
              {t("split")}
            </button>
          )}
          {card.part > 1 && (
            <button
              type="button"
              className="linkish"
              disabled={disabled}
              onClick={() => onAction("join", card)}
            >
              {t("join")}
            </button>
          )}
          {card.jumpOut && !card.jumpOut.linked && (
            <button
              type="button"
              className="linkish"
              disabled={disabled}
              onClick={() => onAction("link", card)}
            >
              {t("link")}
            </button>
          )}
          {card.jumpOut?.linked && (
            <button
              type="button"
              className="linkish"
              disabled={disabled}
              onClick={() => onAction("unlink", card)}
            >
              {t("unlink")}
            </button>
          )}
          {markerMismatch && (
            <button
              type="button"
              className="linkish"
              disabled={disabled}
              onClick={() => onAction("fixMarkers", card)}
            >
              {t("fixMarkers")}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
