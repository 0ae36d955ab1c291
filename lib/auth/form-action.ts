// The one way a form's server action runs (issue 15), as route handlers do
// (lib/auth/route-handler.ts): authenticate, authorize what `access` names,
// the action's own work, and one mapping of errors to the form's state.
// Next.js checks the Origin of server actions itself.
import "server-only";

import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";

import { PermissionError, toUserMessage } from "@/lib/errors";

import { currentUser } from "./current-user";
import type { Action, Resource } from "./policy";
import { type Access, openGate } from "./route-handler";
import type { SessionUser } from "./verify-credentials";

export interface FormActionContext {
  user: SessionUser;
  /** For "publication" access: authorizes the action on the paper the form names. */
  authorize(resource: Resource): void;
}

export interface FormActionSpec<S> {
  /** "issue", "article" and "installation" read no id from a form: use "publication" and authorize(). */
  access: { action: Action; on: "publication" | "installation" };
  /** The state the form shows for an error message. */
  failed(message: string): S;
  run(context: FormActionContext, form: FormData): Promise<S>;
}

/**
 * A `(state, form) => state` server action (React's useActionState) running
 * `spec`; errors a user can act on become `failed(message)` in the
 * interface language, and Next.js's redirect() and notFound() pass through.
 */
export function formAction<S>(
  spec: FormActionSpec<S>,
): ((state: S, form: FormData) => Promise<S>) & { access: Access } {
  const action = async (_state: S, form: FormData): Promise<S> => {
    try {
      const user = await currentUser();
      if (!user) throw new PermissionError("signed-in");
      const gate = await openGate(user, spec.access, {});
      const next = await spec.run({ user, authorize: gate.authorize }, form);
      gate.assertAuthorized();
      return next;
    } catch (error) {
      unstable_rethrow(error);
      return spec.failed(toUserMessage(error, await getLocale()));
    }
  };
  return Object.assign(action, { access: spec.access });
}
