/**
 * The production build the end-to-end tests run against. It is made with fake Kling credentials in its
 * environment so that e2e/secrets.spec.ts can prove no credential is baked into client assets.
 */
import { spawnSync } from "node:child_process";
import { FAKE_CREDENTIALS } from "./fake-credentials";

const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  env: { ...process.env, ...FAKE_CREDENTIALS },
  stdio: "inherit",
});
process.exit(result.status ?? 1);
