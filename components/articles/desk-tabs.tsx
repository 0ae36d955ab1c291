"use client";

// The desk's right-pane tabs, as the WAI-ARIA Authoring Practices' tabs
// pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop
// (roving tabindex), ←/→ move and select (automatic activation), Home/End go
// to the first/last tab, and the panel names its tab.
import { type KeyboardEvent, type ReactNode, useRef } from "react";

export interface DeskTab<Id extends string> {
  id: Id;
  label: ReactNode;
}

/** The desk's right-pane tabs, in order. */
export type DeskTabId = "original" | "repairs" | "suggestions" | "history";

/**
 * The tab the desk opens on: the suggestions when there are any, else the
 * original beside the text (an empty 校对建议 (0) shows nothing to do).
 */
export function initialDeskTab(suggestionCount: number): DeskTabId {
  return suggestionCount > 0 ? "suggestions" : "original";
}

/** Index of the tab a key moves to from `at` among `count`, or null for other keys. */
export function tabKeyTarget(
  key: string,
  at: number,
  count: number,
): number | null {
  if (key === "ArrowRight") return (at + 1) % count;
  if (key === "ArrowLeft") return (at - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

export function DeskTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  children,
}: {
  tabs: readonly DeskTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  /** The selected tab's panel. */
  children: ReactNode;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const to = tabKeyTarget(e.key, at, tabs.length);
    if (to === null) return;
    e.preventDefault();
    onSelect(tabs[to]!.id);
    buttons.current[to]?.focus();
  };
  return (
    <>
      <div
        role="tablist"
        aria-label={label}
        className="tabs"
        onKeyDown={keyDown}
      >
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`desk-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`desk-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className={tab.id === selected ? "tab active" : "tab"}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`desk-panel-${selected}`}
        aria-labelledby={`desk-tab-${selected}`}
      >
        {children}
      </div>
    </>
  );
}
