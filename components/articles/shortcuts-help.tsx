"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** The desk's keyboard shortcuts, as `deskShortcuts` in article-desk.tsx handles them. */
export const SHORTCUTS = [
  ["Alt+↓", "nextSuggestion"],
  ["Alt+↑", "previousSuggestion"],
  ["Alt+Enter", "accept"],
  ["Alt+Backspace", "reject"],
  ["Ctrl+S", "save"],
  ["Alt+PageDown", "nextArticle"],
  ["Alt+PageUp", "previousArticle"],
  ["Alt+/", "help"],
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useTranslations("editor.shortcuts");
  // Closing gives focus back to what opened the help (the button, or the editor for Alt+/), not the page body.
  useEffect(() => {
    const opener =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <section
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t("title")}</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" onClick={onClose} autoFocus>
            {t("close")}
          </button>
        </p>
      </section>
    </div>
  );
}
