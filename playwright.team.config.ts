/**
 * The team review suite: a studio that starts with no account, where an owner sets up, invites a
 * creator and a reviewer, and they review a take together (e2e/team-review.spec.ts).
 */
import { studioConfig } from "./e2e/studio-config";

export default studioConfig({
  name: "team",
  port: Number(process.env.E2E_TEAM_PORT ?? 3103),
  testMatch: "team-review.spec.ts",
  accounts: false,
  build: "plain",
  studioEnv: { SANDBOX_SUBMITTED_MS: "500", SANDBOX_PROCESSING_MS: "1500", STUDIO_WORKER_TICK_MS: "500" },
});
