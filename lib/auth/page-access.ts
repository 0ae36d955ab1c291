// Staff pages that show one issue or article: the signed-in user allowed the
// action on it, or the sign-in page, a 404 page (unknown, or another paper's)
// or a 403 page.
import "server-only";

import { notFound } from "next/navigation";

import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import { authorizePage, requireUser } from "./current-user";
import { articleResource, issueResource } from "./locate-resource";
import type { Action, Resource } from "./policy";
import type { SessionUser } from "./verify-credentials";

async function located<R>(read: Promise<R>): Promise<R> {
  return read.catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

/** The user allowed `action` on issue `issueId`, with the issue as a policy resource. */
export async function requireOnIssue(
  action: Action,
  issueId: string,
): Promise<{ user: SessionUser; resource: Resource }> {
  const user = await requireUser();
  const resource = await located(issueResource(db(), issueId));
  authorizePage(user, action, resource);
  return { user, resource };
}

/** The user allowed `action` on article `articleId`, with the article as a policy resource. */
export async function requireOnArticle(
  action: Action,
  articleId: string,
): Promise<{ user: SessionUser; resource: Resource }> {
  const user = await requireUser();
  const resource = await located(articleResource(db(), articleId));
  authorizePage(user, action, resource);
  return { user, resource };
}
