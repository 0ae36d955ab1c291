// The one way a route handler runs (issue 15): authenticate, refuse a
// cross-origin change, locate the resource the route names and authorize
// the action on it, then the handler's own work (parse its input with zod,
// call one lib/ function), and one mapping of errors to HTTP. Each handler
// carries its `access`, which the role table test reads
// (test/security/role-table.int.test.ts).
import "server-only";

import { db } from "@/lib/db/client";
import { PermissionError } from "@/lib/errors";
import { refuseCrossOrigin } from "@/lib/http/refuse-cross-origin";
import {
  type ErrorResponseOptions,
  respondWithError,
} from "@/lib/http/respond-with-error";

import { authorize, currentUser } from "./current-user";
import { articleResource, issueResource } from "./locate-resource";
import { type Action, canSomewhere, type Resource } from "./policy";
import type { SessionUser } from "./verify-credentials";

/**
 * What a handler needs, and on what:
 * - "issue" / "article": the route's `issueId` / `articleId` parameter;
 * - "installation": administrators only;
 * - "publication": the publication is in the request (a form field), so the
 *   handler calls `authorize(resource)` itself once it has read it; before
 *   that the user must hold the action on some paper, and a handler that
 *   answers without authorizing is an error (500), never a success;
 * - "signed-in": any signed-in user, for their own account.
 */
export type Access =
  | { action: Action; on: "issue" | "article" | "installation" | "publication" }
  | { on: "signed-in" };

export interface RouteContext<P> {
  request: Request;
  params: P;
  user: SessionUser;
  /** The located resource (issue and article access), for handlers that need its paper. */
  resource: Resource | null;
  /** For "publication" access: authorizes the action on the publication the request names. */
  authorize(resource: Resource): void;
}

export interface RouteSpec<P> extends ErrorResponseOptions {
  access: Access;
  /** Refuse other origins (default: for every method but GET and HEAD). */
  sameOrigin?: boolean;
  run(context: RouteContext<P>): Promise<Response>;
}

type Handler<P> = ((
  request: Request,
  segment?: { params: Promise<P> },
) => Promise<Response>) & { access: Access };

/** The authorization state of one request under `access` (shared with form actions). */
export interface Gate {
  resource: Resource | null;
  authorize(resource: Resource): void;
  /** Throws when a "publication" handler never authorized (a bug, answered 500). */
  assertAuthorized(): void;
}

/**
 * Authorizes what `access` names from the route parameters, or (for
 * "publication") checks that `user` holds the action on some paper and
 * returns the gate through which the handler authorizes the one it reads.
 * Throws NotFoundError or PermissionError (lib/auth/current-user.ts authorize).
 */
export async function openGate(
  user: SessionUser,
  access: Access,
  params: Record<string, string | undefined>,
): Promise<Gate> {
  let resource: Resource | null = null;
  let authorized = access.on === "signed-in";
  if (access.on === "issue" || access.on === "article") {
    const id = params[`${access.on}Id`];
    if (!id) throw new Error(`The route has no ${access.on}Id parameter.`);
    resource =
      access.on === "issue"
        ? await issueResource(db(), id)
        : await articleResource(db(), id);
    authorize(user, access.action, resource);
    authorized = true;
  } else if (access.on === "installation") {
    authorize(user, access.action, { kind: "installation" });
    authorized = true;
  } else if (access.on === "publication" && !canSomewhere(user, access.action))
    throw new PermissionError(access.action);
  return {
    get resource() {
      return resource;
    },
    authorize(located) {
      if (!("action" in access))
        throw new Error("This handler has no action to authorize.");
      authorize(user, access.action, located);
      resource = located;
      authorized = true;
    },
    assertAuthorized() {
      if (!authorized)
        throw new Error(
          "The handler answered without authorizing the publication it acted on.",
        );
    },
  };
}

/** A Next.js route handler running `spec` as described at the top of this file. */
export function routeHandler<P extends Record<string, string>>(
  spec: RouteSpec<P>,
): Handler<P> {
  const handler = async (
    request: Request,
    segment?: { params: Promise<P> },
  ): Promise<Response> => {
    try {
      const user = await currentUser();
      if (!user) throw new PermissionError("signed-in");
      const changes = !["GET", "HEAD"].includes(request.method);
      if (spec.sameOrigin ?? changes) refuseCrossOrigin(request);
      const params = ((await segment?.params) ?? {}) as P;
      const gate = await openGate(user, spec.access, params);
      const response = await spec.run({
        request,
        params,
        user,
        resource: gate.resource,
        authorize: gate.authorize,
      });
      gate.assertAuthorized();
      return response;
    } catch (error) {
      return respondWithError(error, spec);
    }
  };
  return Object.assign(handler, { access: spec.access });
}
