/**
 * The accounts the main and gallery end-to-end studios start with (e2e/serve.ts creates them before
 * the studio starts), and where each one's signed-in browser state is kept (e2e/sign-in.setup.ts
 * writes it). Specs run as the admin by default; another role opens its own context:
 *
 *   const reviewer = await browser.newContext({ storageState: storageStateFor("reviewer") });
 */
import path from "node:path";
import { test } from "@playwright/test";
import type { Role } from "@/lib/auth/permissions";

export type E2eAccount = { name: string; email: string; password: string; role: Role };

export const E2E_ACCOUNTS: Record<Role, E2eAccount> = {
  admin: { name: "Ada Admin", email: "admin@e2e.test", password: "admin-password-123", role: "admin" },
  creator: { name: "Cleo Creator", email: "creator@e2e.test", password: "creator-password-123", role: "creator" },
  reviewer: { name: "Rae Reviewer", email: "reviewer@e2e.test", password: "reviewer-password-123", role: "reviewer" },
};

/** A Playwright storageState file for `role`, signed in by the setup project of the running suite. */
export function storageStateFor(role: Role): string {
  const dir = test.info().project.metadata.stateDir;
  if (typeof dir !== "string") throw new Error(`the ${test.info().project.name} project signs no accounts in`);
  return path.join(dir, `${role}.json`);
}
