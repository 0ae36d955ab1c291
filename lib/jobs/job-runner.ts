// What start-up and shutdown hold of a runner of scheduled publishes.

export interface JobRunner {
  kind: "graphile-worker" | "in-process";
  /** Look again for the next due schedule (the in-process runner's timer). */
  rearm(): void;
  /** Stops taking jobs; resolves once a job in flight has finished. */
  stop(): Promise<void>;
}
