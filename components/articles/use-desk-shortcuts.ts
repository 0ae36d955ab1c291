"use client";

// The desk's keyboard: suggestions, save, next article, help. Listed for
// users in shortcuts-help.tsx; Alt-combinations so typing is never caught.
import { useEffect, useEffectEvent } from "react";

export interface DeskShortcutHandlers {
  enabled: boolean;
  next: (by: 1 | -1) => void;
  accept: () => void;
  reject: () => void;
  save: () => void;
  article: (by: 1 | -1) => void;
  help: () => void;
}

export function useDeskShortcuts(h: DeskShortcutHandlers) {
  // The listener, added once, acts with the latest handlers.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!h.enabled) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
      e.preventDefault();
      h.save();
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    // In a text field Alt+Backspace deletes a word (or undoes, on Windows): leave it be.
    const target = e.target as HTMLElement | null;
    const typing = Boolean(
      target?.closest("input, textarea, select, [contenteditable='true']"),
    );
    if (e.key === "Backspace" && typing) return;
    const action: (() => void) | undefined = {
      ArrowDown: () => h.next(1),
      ArrowUp: () => h.next(-1),
      Enter: h.accept,
      Backspace: h.reject,
      PageDown: () => h.article(1),
      PageUp: () => h.article(-1),
      "/": h.help,
    }[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
