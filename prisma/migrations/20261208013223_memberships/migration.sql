-- Roles per publication (issue 15): a user's one global role becomes
-- User.isAdmin (administrators) or one Membership per publication. Every
-- existing non-administrator keeps the rights they had, on every paper.
-- (lib/db/migrate.ts runs this in one transaction.)

ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('CHIEF_EDITOR', 'DUTY_CHIEF_EDITOR', 'DEPUTY_EDITOR', 'PAGE_EDITOR', 'PROOFREADER', 'REPORTER', 'CORRESPONDENT', 'VIEWER');

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","publicationId","role")
);
CREATE INDEX "Membership_publicationId_idx" ON "Membership"("publicationId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "User" ADD COLUMN "isAdmin" BOOLEAN NOT NULL DEFAULT false;
UPDATE "User" SET "isAdmin" = true WHERE "role" = 'ADMIN';
-- EDITOR did everything a page editor does; the other roles keep their names.
INSERT INTO "Membership" ("userId", "publicationId", "role")
SELECT u."id", p."id",
       (CASE u."role"::text WHEN 'EDITOR' THEN 'PAGE_EDITOR' ELSE u."role"::text END)::"Role"
FROM "User" u CROSS JOIN "Publication" p
WHERE u."role" <> 'ADMIN';

ALTER TABLE "User" DROP COLUMN "role";
DROP TYPE "Role_old";

-- Contributor.userId: the staff account writing under a byline name.
ALTER TABLE "Contributor" ADD COLUMN "userId" TEXT;
CREATE INDEX "Contributor_userId_idx" ON "Contributor"("userId");
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
