"use client";

// The layout board: a column per page (版) plus 未分配. Articles are dragged
// with the pointer or the keyboard (space, arrows, space), announced to
// screen readers in the interface language. Every drop is sent at once with
// the layout version the board showed; a move the server refuses as out of
// date reloads the board and says so. Other editors' changes arrive by the
// issue's live events (polling its version stamp while those are down).
import {
  type Announcements,
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { arrayMove, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";

import { callApi } from "@/components/http/call-api";
import { useHydrated } from "@/components/hydration/use-hydrated";
import { articleName } from "@/lib/articles/article-name";
import type { BoardCard as Card, BoardData } from "@/lib/layout/get-board";

import { AddPageForm } from "./add-page-form";
import { BoardCard, type CardAction } from "./board-card";
import { BoardColumn } from "./board-column";
import styles from "./layout-board.module.css";
import { LinkDialog } from "./link-dialog";
import { PageControls } from "./page-controls";
import { SplitDialog } from "./split-dialog";
import { useBoardSync } from "./use-board-sync";
import { ValidationPanel } from "./validation-panel";

const POOL = "unassigned";
type Containers = Record<string, string[]>;

const containersOf = (board: BoardData): Containers => ({
  ...Object.fromEntries(
    board.columns.map((c) => [c.pageId, c.cards.map((k) => k.key)]),
  ),
  [POOL]: board.unassigned.map((k) => k.key),
});
const containerOf = (containers: Containers, key: UniqueIdentifier) =>
  key in containers
    ? String(key)
    : Object.keys(containers).find((c) => containers[c]!.includes(String(key)));

export function LayoutBoard({
  initial,
  canEdit,
}: {
  initial: BoardData;
  canEdit: boolean;
}) {
  const t = useTranslations("layout");
  const hydrated = useHydrated();
  const [board, setBoard] = useState(initial);
  const [containers, setContainers] = useState(() => containersOf(initial));
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(
    null,
  );
  const [dialog, setDialog] = useState<{
    kind: "split" | "link";
    card: Card;
  } | null>(null);
  // What the board shows, read by the drag handlers. Set together with the state (never from a
  // render): a fast drop can come before React has rendered the last move, and the drop must decide
  // from the place the card is shown in, or it shows a move it never sends.
  const before = useRef<Containers>(containers);
  const live = useRef(containers);
  const show = useCallback((next: Containers) => {
    live.current = next;
    setContainers(next);
  }, []);
  // A reload that lands while a card is in hand changes the board only after the drop.
  const inHand = useRef(false);
  const reloadedInHand = useRef<BoardData | null>(null);
  const issueId = board.issue.id;
  const disabled = !hydrated || !canEdit || busy;

  const cards = useMemo(
    () =>
      new Map(
        [...board.columns.flatMap((c) => c.cards), ...board.unassigned].map(
          (k) => [k.key, k],
        ),
      ),
    [board],
  );
  const nameOf = (card: Card) =>
    articleName(card.headline, card.opening, t("untitled"));
  const headline = (key: UniqueIdentifier) => {
    const card = cards.get(String(key));
    return card ? nameOf(card) : t("untitled");
  };
  const place = (container: string) => {
    const column = board.columns.find((c) => c.pageId === container);
    return column
      ? t("announce.pagePlace", { number: column.number })
      : t("unassigned");
  };
  /** Where `key` would land over `over` (a card takes the place of the card it is over). */
  const where = (key: UniqueIdentifier, over: UniqueIdentifier = key) => {
    const c = containerOf(live.current, over);
    if (!c) return null;
    const list = live.current[c]!;
    const index =
      over in live.current
        ? list.indexOf(String(key))
        : list.indexOf(String(over));
    return {
      place: place(c),
      position: (index >= 0 ? index : list.length) + 1,
    };
  };

  const reload = useCallback(async () => {
    const r = await callApi<BoardData>("GET", `/api/issues/${issueId}/layout`);
    if (!r.ok) return;
    if (inHand.current) {
      reloadedInHand.current = r.data;
      return;
    }
    setBoard(r.data);
    show(containersOf(r.data));
  }, [issueId, show]);
  const following = useBoardSync(
    issueId,
    board.stamp,
    board.issue.layoutVersion,
    dragging || busy,
    reload,
  );

  /**
   * Sends one change, reloads the board either way (what it shows is then the server's), and
   * reports how it went in the live status: `saved`, or `refused(message)` / the generic failure.
   */
  const send = async (
    method: "POST" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
    saved?: string,
    refused?: (message: string) => string,
  ): Promise<boolean> => {
    setBusy(true);
    setStatus({ text: t("saving"), error: false });
    const r = await callApi<unknown>(method, url, body);
    await reload();
    const failed = r.ok
      ? ""
      : (refused?.(r.message) ?? t("failed", { message: r.message }));
    setStatus(
      r.ok
        ? { text: saved ?? t("saved"), error: false }
        : { text: failed, error: true },
    );
    setBusy(false);
    return r.ok;
  };

  // Said once per new place: dnd-kit reports "over" for the start place too, which would drown the pick-up.
  const announced = useRef("");
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const at = where(active.id);
      announced.current = JSON.stringify(at);
      return t("announce.pickUp", { headline: headline(active.id), ...at! });
    },
    onDragOver: ({ active, over }) => {
      const at = over ? where(active.id, over.id) : null;
      if (JSON.stringify(at) === announced.current) return undefined;
      announced.current = JSON.stringify(at);
      return at
        ? t("announce.over", { headline: headline(active.id), ...at })
        : t("announce.nowhere", { headline: headline(active.id) });
    },
    // After onDragEnd below has settled the board: the place the card is shown in, whatever dnd-kit last hovered.
    onDragEnd: ({ active, over }) => {
      const at = over ? where(active.id) : null;
      return at
        ? t("announce.drop", { headline: headline(active.id), ...at })
        : t("announce.cancel", { headline: headline(active.id) });
    },
    onDragCancel: ({ active }) =>
      t("announce.cancel", { headline: headline(active.id) }),
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );

  const onDragStart = (_: DragStartEvent) => {
    before.current = live.current;
    inHand.current = true;
    setDragging(true);
    setStatus(null);
  };

  // Across columns the card moves as soon as it is over the other column, so the target column makes room.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = containerOf(live.current, active.id);
    const to = containerOf(live.current, over.id);
    if (!from || !to || from === to) return;
    const prev = live.current;
    const target = [...prev[to]!];
    const overIndex = target.indexOf(String(over.id));
    const translated = active.rect.current.translated;
    const below =
      translated &&
      overIndex >= 0 &&
      translated.top > over.rect.top + over.rect.height / 2;
    target.splice(
      overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length,
      0,
      String(active.id),
    );
    show({
      ...prev,
      [from]: prev[from]!.filter((k) => k !== active.id),
      [to]: target,
    });
  };

  /** The drag is over: applies a reload that came meanwhile (the server's board, shown as it is). */
  const release = (): boolean => {
    inHand.current = false;
    setDragging(false);
    const pending = reloadedInHand.current;
    reloadedInHand.current = null;
    if (!pending) return false;
    setBoard(pending);
    show(containersOf(pending));
    return true;
  };

  /**
   * Every drop ends in one of two ways: the board shows the card where it was picked up (nothing
   * moved, or dropped nowhere), or the move it shows is sent and the board reloaded from the
   * server's answer (a refusal says so and shows the server's board).
   */
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const key = String(active.id);
    const start = before.current;
    let final = live.current;
    const to = containerOf(final, key);
    const from = containerOf(start, key);
    if (!over || !to || !from) {
      show(start);
      release();
      return;
    }
    const overContainer = containerOf(final, over.id);
    if (overContainer === to && over.id !== active.id && !(over.id in final)) {
      const list = final[to]!;
      final = {
        ...final,
        [to]: arrayMove(list, list.indexOf(key), list.indexOf(String(over.id))),
      };
    }
    const index = final[to]!.indexOf(key);
    if (from === to && start[from]!.indexOf(key) === index) {
      show(start);
      release();
      return;
    }
    show(final);
    // The server's board of a reload meanwhile is older than this move: the move's own reload follows.
    inHand.current = false;
    reloadedInHand.current = null;
    setDragging(false);
    const card = cards.get(key)!;
    const afterKey = index > 0 ? final[to]![index - 1]! : null;
    void send(
      "POST",
      `/api/issues/${issueId}/layout/move`,
      {
        baseVersion: board.issue.layoutVersion,
        ...(card.placementId
          ? { placementId: card.placementId }
          : { articleId: card.articleId }),
        fromPageId: from === POOL ? null : from,
        toPageId: to === POOL ? null : to,
        afterId: to === POOL ? null : afterKey,
      },
      t("announce.saved", { headline: nameOf(card), place: place(to) }),
      (message) => t("announce.refused", { headline: nameOf(card), message }),
    );
  };

  const onAction = (action: CardAction, card: Card) => {
    const base = `/api/issues/${issueId}/layout`;
    if (action === "split" || action === "link")
      setDialog({ kind: action, card });
    else if (action === "join")
      void send("POST", `${base}/join`, { placementId: card.placementId });
    else if (action === "unlink")
      void send("POST", `${base}/jumps/unlink`, {
        jumpId: card.jumpOut!.jumpId,
      });
    else
      void send("POST", `${base}/jumps/markers`, {
        jumpId: card.jumpOut!.jumpId,
      });
  };

  const mismatched = new Set(
    board.report.findings
      .filter((f) => f.rule === "marker-mismatch" && f.target.kind === "part")
      .map((f) => (f.target as { placementId: string }).placementId),
  );
  const cardsIn = (container: string) =>
    (containers[container] ?? [])
      .map((k) => cards.get(k))
      .filter((k): k is Card => Boolean(k));
  const renderCards = (container: string) =>
    cardsIn(container).map((card) => (
      <BoardCard
        key={card.key}
        card={card}
        disabled={disabled}
        markerMismatch={
          card.placementId !== null && mismatched.has(card.placementId)
        }
        onAction={onAction}
      />
    ));
  const pagesWith = (articleId: string) =>
    new Set(
      board.columns
        .filter((c) => c.cards.some((k) => k.articleId === articleId))
        .map((c) => c.pageId),
    );

  return (
    <div
      className={styles.board}
      data-testid="layout-board"
      data-layout-version={board.issue.layoutVersion}
      data-live={following ? "on" : "off"}
      data-busy={busy || dragging ? "true" : "false"}
    >
      <ValidationPanel
        issue={board.issue}
        report={board.report}
        disabled={disabled}
        send={(m, u, b) => send(m, u, b)}
      />
      <div className={styles.bar}>
        {canEdit && (
          <AddPageForm
            next={Math.max(0, ...board.columns.map((c) => c.number)) + 1}
            disabled={disabled}
            onAdd={async (body) =>
              void (await send("POST", `/api/issues/${issueId}/pages`, body))
            }
          />
        )}
        <span
          role="status"
          aria-live="polite"
          data-testid="board-status"
          className={status?.error ? "error" : "notice"}
        >
          {status?.text}
        </span>
      </div>
      <DndContext
        id="layout-board"
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          show(before.current);
          release();
        }}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t("announce.instructions") },
        }}
      >
        <div className={styles.columns}>
          {board.columns.map((page) => (
            <BoardColumn
              key={page.pageId}
              id={page.pageId}
              page={page}
              cards={cardsIn(page.pageId)}
              controls={
                canEdit ? (
                  <PageControls
                    page={page}
                    disabled={disabled}
                    send={async (m, u, b) => void (await send(m, u, b))}
                    issueId={issueId}
                  />
                ) : null
              }
            >
              {renderCards(page.pageId)}
            </BoardColumn>
          ))}
          <BoardColumn id={POOL} page={null} cards={cardsIn(POOL)}>
            {renderCards(POOL)}
          </BoardColumn>
        </div>
      </DndContext>
      {dialog?.kind === "split" && (
        <SplitDialog
          issueId={issueId}
          card={dialog.card}
          pages={board.columns.filter(
            (c) => !pagesWith(dialog.card.articleId).has(c.pageId),
          )}
          disabled={disabled}
          onSubmit={(body) =>
            send("POST", `/api/issues/${issueId}/layout/continuations`, body)
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === "link" && (
        <LinkDialog
          card={dialog.card}
          columns={board.columns}
          disabled={disabled}
          onSubmit={(body) =>
            send("POST", `/api/issues/${issueId}/layout/jumps/link`, body)
          }
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
