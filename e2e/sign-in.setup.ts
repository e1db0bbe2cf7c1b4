/**
 * Signs each e2e account in once, through the sign-in page as a person would, and keeps the browser
 * state for the specs (e2e/accounts.ts). Runs as the "setup" project before the specs.
 */
import { expect, test as setup } from "@playwright/test";
import { E2E_ACCOUNTS, storageStateFor } from "./accounts";

for (const account of Object.values(E2E_ACCOUNTS)) {
  setup(`sign in as the ${account.role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByText(account.name)).toBeVisible();
    await page.context().storageState({ path: storageStateFor(account.role) });
  });
}
