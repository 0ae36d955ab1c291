-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "publicationId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_publicationId_createdAt_idx" ON "AuditEvent"("publicationId", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: each existing event gets the paper of the entity it names, where that still exists.
UPDATE "AuditEvent" a SET "publicationId" = i."publicationId"
FROM "Issue" i WHERE a."entityType" = 'Issue' AND a."entityId" = i."id";

UPDATE "AuditEvent" a SET "publicationId" = i."publicationId"
FROM "Article" ar JOIN "Issue" i ON i."id" = ar."issueId"
WHERE a."entityType" = 'Article' AND a."entityId" = ar."id";

UPDATE "AuditEvent" a SET "publicationId" = i."publicationId"
FROM "Page" p JOIN "Issue" i ON i."id" = p."issueId"
WHERE a."entityType" = 'Page' AND a."entityId" = p."id";

UPDATE "AuditEvent" a SET "publicationId" = lp."publicationId"
FROM "LearnedPair" lp WHERE a."entityType" = 'LearnedPair' AND a."entityId" = lp."id";

UPDATE "AuditEvent" a SET "publicationId" = p."id"
FROM "Publication" p WHERE a."entityType" = 'Publication' AND a."entityId" = p."id";
