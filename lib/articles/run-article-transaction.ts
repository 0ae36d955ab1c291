// One transaction around a change to articles, retried when the database
// reports a race it resolved against us (a stale version, a serialization
// failure); a busy database surfaces as a conflict the user can retry.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { StaleVersionError } from "./write-article-version";

const ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // P2034: write conflict or deadlock; 40001/40P01 when raised through raw SQL.
  return (
    error instanceof StaleVersionError ||
    code === "P2034" ||
    /\b(40001|40P01)\b/.test(String((error as Error).message))
  );
}

export async function runArticleTransaction<T>(
  prisma: Db,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Saves of one article queue on its row lock: wait for a connection and the lock generously.
      return await prisma.$transaction(fn, {
        maxWait: 20_000,
        timeout: options.timeout ?? 30_000,
      });
    } catch (error) {
      if (attempt < ATTEMPTS && isRetryable(error)) continue;
      if (
        (error as { code?: unknown }).code === "P2028" ||
        isRetryable(error)
      ) {
        throw new ConflictError(
          "The database was too busy to store this change; nothing was stored. Try again.",
          "数据库繁忙，本次改动未保存，请重试。",
        );
      }
      throw error;
    }
  }
}
