-- CreateIndex
CREATE INDEX "ArticlePresence_lastSeenAt_idx" ON "ArticlePresence"("lastSeenAt");

-- CreateIndex
CREATE INDEX "ArticlePresence_userId_lastSeenAt_idx" ON "ArticlePresence"("userId", "lastSeenAt");
