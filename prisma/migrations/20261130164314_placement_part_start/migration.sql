-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "startAnchor" TEXT,
ADD COLUMN     "startBlock" INTEGER NOT NULL DEFAULT 0;
