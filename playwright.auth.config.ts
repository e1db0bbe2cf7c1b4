/** The accounts suite: a studio that starts with no account at all, so first-run setup can be tested. */
import { studioConfig } from "./e2e/studio-config";

export default studioConfig({
  name: "auth",
  port: Number(process.env.E2E_AUTH_PORT ?? 3102),
  testMatch: "auth.spec.ts",
  accounts: false,
  build: "plain",
  studioEnv: { SANDBOX_SUBMITTED_MS: "500", SANDBOX_PROCESSING_MS: "1500", STUDIO_WORKER_TICK_MS: "500" },
});
