import "server-only";

import type { Role } from "@prisma/client";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { db } from "@/lib/db/client";

import { authSecret } from "./auth-secret";
import { verifyCredentials } from "./verify-credentials";

/** The client's address as the proxy in front reports it, for the sign-in throttle. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? (forwarded.split(",")[0]?.trim() ?? "") : "";
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

const build = (): NextAuthOptions => ({
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => verifyCredentials(db(), credentials, { client: clientAddress(req.headers) }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as unknown as { role: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, role: token.role };
    },
  },
});
