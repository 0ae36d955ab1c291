// The publish-scheduled-issue jobs waiting in graphile-worker's table (on
// PostgreSQL), for tests. Its public view leaves payloads out.
import type { Db } from "@/lib/db/client";

export interface QueuedPublishJob {
  key: string | null;
  payload: unknown;
  run_at: Date;
}

/** The queued publish-scheduled-issue jobs, oldest first (done jobs are deleted by graphile-worker). */
export function queuedPublishJobs(prisma: Db): Promise<QueuedPublishJob[]> {
  return prisma.$queryRaw<QueuedPublishJob[]>`
    SELECT j.key, j.payload, j.run_at
    FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'publish-scheduled-issue'
    ORDER BY j.id`;
}

/** Empties graphile-worker's job table (between tests). */
export async function clearQueuedJobs(prisma: Db): Promise<void> {
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
}
