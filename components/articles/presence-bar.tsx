"use client";

// Who else has this article open, who holds it for editing, and taking it
// over. A heartbeat every 15 s keeps the list current.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import type { PresenceState } from "@/lib/articles/presence";

const HEARTBEAT_MS = 15_000;

export function usePresence(articleId: string, sessionId: string) {
  const [presence, setPresence] = useState<PresenceState | null>(null);
  const post = useCallback(
    async (path: "presence" | "takeover", leave = false) => {
      const res = await fetch(`/api/articles/${articleId}/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sessionId, ...(leave ? { leave: true } : {}) }),
        keepalive: leave,
      }).catch(() => null);
      if (res?.ok) setPresence((await res.json()) as PresenceState);
    },
    [articleId, sessionId],
  );
  useEffect(() => {
    void post("presence");
    const timer = setInterval(() => void post("presence"), HEARTBEAT_MS);
    const leave = () => void post("presence", true);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
    };
  }, [post]);
  return { presence, takeOver: () => post("takeover") };
}

export function PresenceBar({ presence, canEdit, onTakeOver }: { presence: PresenceState | null; canEdit: boolean; onTakeOver: () => void }) {
  const t = useTranslations("editor.presence");
  if (!presence) return canEdit ? <div className="presence muted">{t("waiting")}</div> : null;
  const names = [...new Set(presence.others.map((o) => o.name))];
  return (
    <div className="presence" data-testid="presence">
      {presence.takenOverBy && (
        <p role="alert" className="error" data-testid="taken-over">
          {t("takenOver", { name: presence.takenOverBy.name })}
        </p>
      )}
      {names.length > 0 && <span className="muted">{t("others", { names: names.join("、") })}</span>}
      {!presence.holding && presence.holder && !presence.takenOverBy && (
        <>
          {" "}
          <span className="muted" data-testid="read-only">
            {canEdit ? t("readOnly", { name: presence.holder.name }) : t("holder", { name: presence.holder.name })}
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
