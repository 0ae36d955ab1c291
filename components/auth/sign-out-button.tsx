"use client";

import { signOut } from "next-auth/react";

import { useHydrated } from "@/components/hydration/use-hydrated";

export function SignOutButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => void signOut({ callbackUrl: "/" })}
    >
      {label}
    </button>
  );
}
