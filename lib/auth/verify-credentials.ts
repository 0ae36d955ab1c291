import "server-only";

import type { Role } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The active user with these credentials, or null. Never says which part was wrong. */
export async function verifyCredentials(prisma: Db, input: unknown): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  if (!user?.active) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
