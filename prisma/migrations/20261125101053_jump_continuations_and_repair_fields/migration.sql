-- CreateEnum
CREATE TYPE "RepairField" AS ENUM ('KICKER', 'HEADLINE', 'DECK');

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "continuationMarker" TEXT,
ADD COLUMN     "continuesFromPage" INTEGER;

-- AlterTable
ALTER TABLE "Repair" ADD COLUMN     "field" "RepairField";
