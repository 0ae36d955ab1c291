-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "previousSignInAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addressGroup" TEXT NOT NULL,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInFailure_userId_at_idx" ON "SignInFailure"("userId", "at");

-- AddForeignKey
ALTER TABLE "SignInFailure" ADD CONSTRAINT "SignInFailure_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Activating or deactivating an account ends its sessions, however it is done (lib/auth/end-sessions.ts,
-- an admin's SQL): a re-activated account starts with no session, its old cookies stay refused.
CREATE FUNCTION "folio_user_active_ends_sessions"() RETURNS trigger AS $$
BEGIN
  IF NEW."active" IS DISTINCT FROM OLD."active" THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_active_ends_sessions" BEFORE UPDATE OF "active" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "folio_user_active_ends_sessions"();
