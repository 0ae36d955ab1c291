// The Web Worker that runs the desk's heavier computations off the main
// thread, so typing never waits for a diff or the heat colours.
import {
  answerDeskJob,
  type DeskJobRequest,
} from "@/lib/articles/desk-jobs/desk-job";

self.addEventListener("message", (event: MessageEvent<DeskJobRequest>) => {
  self.postMessage(answerDeskJob(event.data));
});
