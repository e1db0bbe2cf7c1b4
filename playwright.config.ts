/** The main end-to-end suite: a studio that starts with the e2e accounts and no takes (e2e/studio-config.ts). */
import { studioConfig } from "./e2e/studio-config";

export default studioConfig({
  name: "main",
  port: Number(process.env.E2E_PORT ?? 3100),
  testMatch: "**/*.spec.ts",
  accounts: true,
  build: "fake-credentials",
  studioEnv: { SANDBOX_SUBMITTED_MS: "500", SANDBOX_PROCESSING_MS: "1500", STUDIO_WORKER_TICK_MS: "500" },
});
