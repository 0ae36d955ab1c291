"use client";

// Who else has this article open, who holds it for editing, and taking it
// over. A heartbeat every 5 s (and whenever the tab comes back into view, a
// save is refused or the issue's live events say the article's presence
// changed, on any app server) keeps the list current, so a tab that was
// taken over turns read only at once.
import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";

import { useIssueEvents } from "@/components/live/use-issue-events";
import type { PresenceState } from "@/lib/articles/presence";

const HEARTBEAT_MS = 5_000;

/**
 * Heartbeats for this tab; each answer goes to `onPresence` (stable). Asks
 * again at once when the events of `issueId` announce article.presence for
 * this article. Returns taking the article over and asking again now.
 */
export function usePresence(
  articleId: string,
  issueId: string,
  sessionId: string,
  onPresence: (presence: PresenceState) => void,
) {
  const post = useCallback(
    (path: "presence" | "takeover", leave = false) =>
      fetch(`/api/articles/${articleId}/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sessionId, ...(leave ? { leave: true } : {}) }),
        keepalive: leave,
      })
        .then(async (res) =>
          res.ok ? ((await res.json()) as PresenceState) : null,
        )
        .catch(() => null)
        .then((state) => {
          if (state) onPresence(state);
        }),
    [articleId, sessionId, onPresence],
  );
  useEffect(() => {
    void post("presence");
    const timer = setInterval(() => void post("presence"), HEARTBEAT_MS);
    const leave = () => void post("presence", true);
    const visible = () => {
      if (document.visibilityState === "visible") void post("presence");
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", visible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [post]);
  useIssueEvents(issueId, {
    onMessage(message) {
      if (
        (message.type === "article.presence" &&
          message.articleId === articleId) ||
        message.type === "resync"
      )
        void post("presence");
    },
  });
  const takeOver = useCallback(() => post("takeover"), [post]);
  const refresh = useCallback(() => post("presence"), [post]);
  return { takeOver, refresh };
}

export function PresenceBar({
  presence,
  canEdit,
  onTakeOver,
}: {
  presence: PresenceState | null;
  canEdit: boolean;
  onTakeOver: () => void;
}) {
  const t = useTranslations("editor.presence");
  if (!presence)
    return canEdit ? (
      <div className="presence muted">{t("waiting")}</div>
    ) : null;
  const names = [...new Set(presence.others.map((o) => o.name))];
  return (
    <div className="presence" data-testid="presence">
      {presence.takenOverBy && (
        <p role="alert" className="error" data-testid="taken-over">
          {presence.takenOverBy.sameUser
            ? t("takenOverByYou")
            : t("takenOver", { name: presence.takenOverBy.name })}
        </p>
      )}
      {names.length > 0 && (
        <span className="muted">
          {t("others", { names: names.join("、") })}
        </span>
      )}
      {!presence.holding && presence.holder && !presence.takenOverBy && (
        <>
          {" "}
          <span className="muted" data-testid="read-only">
            {canEdit
              ? t("readOnly", { name: presence.holder.name })
              : t("holder", { name: presence.holder.name })}
          </span>{" "}
        </>
      )}
      {!presence.holding && presence.holder && canEdit && (
        <button type="button" className="small" onClick={onTakeOver}>
          {t("takeOver")}
        </button>
      )}
    </div>
  );
}
