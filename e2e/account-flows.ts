/** What people do with accounts in the browser, shared by the specs that start from an empty studio. */
import { type Browser, expect, type Page } from "@playwright/test";

/** A page in a fresh browser context: nobody signed in. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

export async function fillAccountForm(
  page: Page,
  values: { name: string; email: string; password: string; confirm?: string },
) {
  await page.getByLabel("Name").fill(values.name);
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Password", { exact: true }).fill(values.password);
  await page.getByLabel("Confirm password").fill(values.confirm ?? values.password);
}

/** On the Team page: makes an invite link for `role` and returns it. */
export async function createInvite(page: Page, role: string, label: string): Promise<string> {
  const create = page.getByRole("button", { name: "Create invite link" });
  // A link still on its way keeps the button busy: choose the next role once it has settled.
  await expect(create).toBeEnabled();
  const roleField = page.getByLabel("Role", { exact: true });
  await roleField.selectOption(role);
  await expect(roleField).toHaveValue(role);
  await create.click();
  const link = page.getByRole("textbox", { name: `Invite link for a ${label}` });
  // The invite panel's own message: after a client-side navigation the route announcer is an alert too.
  const refused = page.getByRole("region", { name: "Invite links" }).getByRole("alert");
  await expect(link.or(refused).first()).toBeVisible();
  if (await refused.count()) throw new Error(`the invite was refused: ${await refused.first().innerText()}`);
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

/** Opens `next`, is sent to sign-in, and signs in (coming back to `next` afterwards). */
export async function signIn(page: Page, account: { email: string; password: string }, next: string) {
  await page.goto(next);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Accepts an invite in a fresh browser and lands in the studio, signed in. `invitedAs`: the role the
 * invite page must name first ("Creator").
 */
export async function joinFromInvite(
  browser: Browser,
  link: string,
  account: { name: string; email: string; password: string },
  invitedAs?: string,
): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(link);
  if (invitedAs) await expect(page.getByText(`You are invited as a ${invitedAs}`)).toBeVisible();
  await fillAccountForm(page, account);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}
