import { NextRequest } from "next/server";
import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth/auth-options";
import { readBodyBytes } from "@/lib/http/read-body";
import { respondWithError } from "@/lib/http/respond-with-error";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

/**
 * next-auth's forms (sign-in: email, password, CSRF token, callback URL; sign-out) are a few
 * hundred bytes. next-auth reads a body with `request.text()`, whole, before any check of its
 * own and before anyone is signed in, so the body is read here first, counted while it streams.
 */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

// Built per request so that the secret is never touched at build time.
const handler: Handler = async (req, ctx) => {
  let request = req;
  if (req.method === "POST" && req.body) {
    let body: Uint8Array;
    try {
      body = await readBodyBytes(req, MAX_AUTH_BODY_BYTES);
    } catch (error) {
      // 413 for a body over the limit; a client gone mid-body is logged and answered 500.
      return respondWithError(error);
    }
    request = new NextRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: body as BodyInit,
    });
  }
  return (NextAuth(authOptions()) as Handler)(request, ctx);
};

export { handler as GET, handler as POST };
