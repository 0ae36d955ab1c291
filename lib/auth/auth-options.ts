import "server-only";

import type { NextAuthOptions, RequestInternal } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

import { authLogger } from "./auth-logger";
import { authSecret } from "./auth-secret";
import {
  cookieValue,
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_S,
  issueDeviceCookie,
  readDeviceCookie,
} from "./device-cookie";
import { endSessions } from "./end-sessions";
import { ownOriginRedirect } from "./own-origin-redirect";
import { TooManyAttemptsError } from "./sign-in-throttle";
import {
  credentialsSchema,
  type SignedInUser,
  verifyCredentials,
} from "./verify-credentials";

/** A session cookie whose account was deactivated or signed out since: refused (one log line). */
class SessionEndedError extends Error {
  constructor() {
    super("the session was ended (signed out or deactivated)");
    this.name = "SessionEndedError";
  }
}

let options: NextAuthOptions | undefined;

/**
 * next-auth's options, built on first use at run time: the secret must not
 * be read (or generated) while `next build` evaluates modules.
 */
export function authOptions(): NextAuthOptions {
  options ??= build();
  return options;
}

function build(): NextAuthOptions {
  const e = env();
  const secret = authSecret();
  // Behind HTTPS (FOLIO_PUBLIC_URL https://…) every cookie is Secure; unset, next-auth follows the request's scheme.
  const secure = e.publicUrl ? e.publicUrl.startsWith("https://") : undefined;
  return {
    secret,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    useSecureCookies: secure,
    logger: authLogger,
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
        },
        authorize: (credentials, req) =>
          authorize(credentials, req, secret, secure ?? false),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedInUser;
          return {
            ...token,
            uid: signedIn.id,
            isAdmin: signedIn.isAdmin,
            memberships: signedIn.memberships,
            sv: signedIn.sessionVersion,
            name: signedIn.name,
            email: signedIn.email,
          };
        }
        // Every later use of the cookie: the account must be active and its sessions not ended since.
        const current =
          typeof token.uid === "string"
            ? await db().user.findUnique({
                where: { id: token.uid },
                select: {
                  active: true,
                  isAdmin: true,
                  memberships: { select: { publicationId: true, role: true } },
                  sessionVersion: true,
                  name: true,
                  email: true,
                },
              })
            : null;
        if (!current?.active || current.sessionVersion !== token.sv)
          throw new SessionEndedError();
        // The user as stored now: currentUser() reads it from here instead of querying again.
        return {
          ...token,
          isAdmin: current.isAdmin,
          memberships: current.memberships,
          name: current.name,
          email: current.email,
        };
      },
      // After sign-in or sign-out: a callbackUrl of another site never leaves Folio.
      redirect({ url, baseUrl }) {
        return ownOriginRedirect(url, baseUrl, e.publicUrl);
      },
      session({ session, token }) {
        return {
          ...session,
          uid: token.uid,
          isAdmin: token.isAdmin === true,
          memberships: token.memberships,
          sv: token.sv,
        };
      },
    },
    events: {
      // Signing out ends the session on the server: a copied cookie is worthless from now on.
      async signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.sv === "number")
          await endSessions(db(), token.uid, token.sv);
      },
    },
  };
}

type AuthorizeRequest = Pick<RequestInternal, "headers">;

/**
 * The Credentials provider's check: the client from the socket (and trusted
 * proxies), the device cookie if it was issued for this account, then
 * verifyCredentials. A first sign-in on a device gets its device cookie.
 */
async function authorize(
  credentials: unknown,
  req: AuthorizeRequest,
  secret: string,
  secure: boolean,
): Promise<SignedInUser | null> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers ?? {}))
    if (typeof value === "string") headers.set(name, value);
  const cookieName = secure ? `__Host-${DEVICE_COOKIE}` : DEVICE_COOKIE;
  const email = credentialsSchema.shape.email.safeParse(
    (credentials as { email?: unknown } | undefined)?.email,
  );
  const device = email.success
    ? readDeviceCookie(
        secret,
        email.data,
        cookieValue(headers.get("cookie"), cookieName),
      )
    : null;
  let user: SignedInUser | null;
  try {
    user = await verifyCredentials(db(), credentials, {
      client: clientAddress(headers, env().trustedProxyHops),
      device,
    });
  } catch (error) {
    if (error instanceof TooManyAttemptsError) throw error;
    // next-auth puts a thrown message into the redirect URL: never a database error's.
    console.error(
      `[auth] sign-in failed: ${(error as Error).name}: ${(error as Error).message}`
        .replace(/\s+/g, " ")
        .slice(0, 300),
    );
    throw new Error("SignInUnavailable");
  }
  if (user && !device)
    await setDeviceCookie(
      cookieName,
      issueDeviceCookie(secret, user.email),
      secure,
    );
  return user;
}

async function setDeviceCookie(
  name: string,
  value: string,
  secure: boolean,
): Promise<void> {
  try {
    const { cookies } = await import("next/headers");
    (await cookies()).set(name, value, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  } catch {
    // Outside a request (tests, CLI): there is no browser to remember the device.
  }
}
