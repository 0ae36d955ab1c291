import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth/auth-options";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

// Built per request so that the secret is never touched at build time.
const handler: Handler = (req, ctx) => (NextAuth(authOptions()) as Handler)(req, ctx);

export { handler as GET, handler as POST };
