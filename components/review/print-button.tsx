"use client";

import { useHydrated } from "@/components/hydration/use-hydrated";

/** 打印: the browser's print dialog for the page as shown (print styles hide the desk's chrome). */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="no-print"
      disabled={!hydrated}
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
