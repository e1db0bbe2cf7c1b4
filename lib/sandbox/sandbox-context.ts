/** What the sandbox's route handlers share: its store, runner, fault counters and settings. */
import type { SandboxAuthConfig } from "./sandbox-auth";
import type { AttemptCounter } from "./sandbox-faults";
import type { TaskRunner } from "./sandbox-runner";
import type { SandboxStore } from "./sandbox-store";

export type SandboxTimings = { submittedMs: number; processingMs: number };

export type SandboxContext = {
  store: SandboxStore;
  runner: TaskRunner;
  counters: AttemptCounter;
  auth: SandboxAuthConfig;
  /** "" or a prefix such as "/sandbox", without a trailing slash. */
  basePath: string;
  timings: SandboxTimings;
  maxConcurrentTasks: number;
  now: () => number;
  /** Aborted when the sandbox closes, so delayed answers stop waiting. */
  closing: AbortSignal;
};
