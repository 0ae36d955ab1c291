// The state every account form of /desk/users shows after its action
// (shared by the actions and their client islands: no server-only import).
import type { IssuedInvite } from "@/lib/users/invite-token";

export interface AccountFormState {
  error: string | null;
  /** Set once the change is done, for the confirmation line. */
  done: boolean;
  /** An invite link's path to show once (/invite/…), with its expiry (ISO). */
  invite: { path: string; expiresAt: string } | null;
}

export const initialAccountFormState: AccountFormState = {
  error: null,
  done: false,
  invite: null,
};

/** The page where the invited user sets their password (app/invite/[token]). */
export function invitePath(token: string): string {
  return `/invite/${token}`;
}

/** The state after a successful change, with the invite to show if one was issued. */
export function doneState(invite: IssuedInvite | null): AccountFormState {
  return {
    error: null,
    done: true,
    invite: invite && {
      path: invitePath(invite.token),
      expiresAt: invite.expiresAt.toISOString(),
    },
  };
}

export const failedState = (error: string): AccountFormState => ({
  error,
  done: false,
  invite: null,
});
