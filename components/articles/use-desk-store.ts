"use client";

// The desk's state in React: useReducer(deskReducer), plus the state as of
// the last dispatch for code that runs after an await or in a listener (the
// save queue reads what was typed while a request was out), and the editor
// told at once when the text came from elsewhere than typing.
import { useReducer, useRef, useState } from "react";

import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import {
  type DeskAction,
  deskReducer,
  type DeskState,
  initialDeskState,
} from "./desk-state";

/** The desk's state for handlers: `get` is current right after `dispatch` returns. Both are stable. */
export interface DeskStore {
  get(): DeskState;
  dispatch(action: DeskAction): void;
}

/**
 * The desk's state for rendering and its store. `show` (stable) puts a body
 * into the editor without it counting as typing; it is called synchronously
 * by the dispatch that changed the text, so no keystroke can land between
 * the server's text and the editor showing it.
 */
export function useDeskStore(
  article: Parameters<typeof initialDeskState>[0],
  show: (body: ArticleDoc) => void,
): [DeskState, DeskStore] {
  const [state, dispatchToReact] = useReducer(
    deskReducer,
    article,
    initialDeskState,
  );
  // The same actions in the same order through the same pure reducer: this
  // copy and React's state agree once React has rendered.
  const latest = useRef(state);
  const [store] = useState<DeskStore>(() => ({
    get: () => latest.current,
    dispatch(action) {
      const before = latest.current;
      const after = deskReducer(before, action);
      latest.current = after;
      dispatchToReact(action);
      if (after.shown !== before.shown) show(after.body);
    },
  }));
  return [state, store];
}
