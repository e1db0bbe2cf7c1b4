/**
 * The gallery's end-to-end suite: a studio whose database holds many finished takes before it starts
 * (e2e/serve.ts seeds it, on PGlite or on a fresh Postgres database). `npm run test:e2e` runs it after
 * the main suite, reusing its build.
 */
import { studioConfig } from "./e2e/studio-config";

export default studioConfig({
  name: "gallery",
  port: Number(process.env.E2E_GALLERY_PORT ?? 3101),
  testMatch: "gallery*.spec.ts",
  accounts: true,
  seedTakes: 150,
  build: "plain",
  // Long enough that takes stay running while several tabs watch them.
  studioEnv: { SANDBOX_SUBMITTED_MS: "1000", SANDBOX_PROCESSING_MS: "60000", STUDIO_WORKER_TICK_MS: "500" },
});
