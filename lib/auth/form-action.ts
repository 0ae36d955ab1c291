// The one way a form's server action runs (issue 15), as route handlers do
// (lib/auth/route-handler.ts): authenticate, authorize what `access` names,
// the action's own work, and one mapping of errors to the form's state.
// Next.js checks the Origin of server actions itself. The few forms for
// visitors who are not signed in (accepting an invite) use publicFormAction:
// the same error mapping, no user, and access "public" for the role table.
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

/**
 * "issue" and "article" read no id from a form: use "publication" and
 * authorize(). "signed-in": any signed-in user, for their own account.
 */
export type FormAccess =
  { action: Action; on: "publication" | "installation" } | { on: "signed-in" };

export interface FormActionSpec<S> {
  access: FormAccess;
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
      return failedState(error, spec.failed);
    }
  };
  return Object.assign(action, { access: spec.access });
}

/** redirect() and notFound() pass through; any other error becomes the form's message. */
async function failedState<S>(
  error: unknown,
  failed: (message: string) => S,
): Promise<S> {
  unstable_rethrow(error);
  return failed(toUserMessage(error, await getLocale()));
}

/**
 * A `(state, form) => state` server action for visitors who need not be
 * signed in; whatever it grants, `run` decides from the form itself (an
 * invite token). Errors are mapped as formAction maps them.
 */
export function publicFormAction<S>(spec: {
  failed(message: string): S;
  run(form: FormData): Promise<S>;
}): ((state: S, form: FormData) => Promise<S>) & { access: "public" } {
  const action = async (_state: S, form: FormData): Promise<S> => {
    try {
      return await spec.run(form);
    } catch (error) {
      return failedState(error, spec.failed);
    }
  };
  return Object.assign(action, { access: "public" as const });
}
