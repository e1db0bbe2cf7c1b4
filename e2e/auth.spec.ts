/**
 * Accounts, end to end, in a studio that starts with no account (the auth project of playwright.config.ts): first-run
 * setup makes the owner; the owner invites a creator and a reviewer, who join from fresh browsers; roles
 * are enforced on the server and a role change applies at once; sign-in, sign-out and their errors.
 */
import { expect, type Page, test } from "@playwright/test";
import { createInvite, fillAccountForm, joinFromInvite, newPage, signIn } from "./account-flows";

test.describe.configure({ mode: "serial" });

const PASSWORD = "a long enough password";
const owner = { name: "Olga Owner", email: "olga@example.com" };
const creator = { name: "Cy Creator", email: "cy@example.com" };
const reviewer = { name: "Rae Reviewer", email: "rae@example.com" };

let ownerPage: Page;
let creatorLink = "";
let reviewerLink = "";

test.afterAll(async () => {
  await ownerPage?.context().close();
});

test("first run asks for the owner account, then signs the owner in", async ({ browser }) => {
  ownerPage = await newPage(browser);
  await ownerPage.goto("/sign-in");
  // No account yet: sign-in sends people to setup.
  await expect(ownerPage).toHaveURL(/\/setup$/);
  await expect(ownerPage.getByRole("heading", { name: "Set up Kling Studio" })).toBeVisible();

  await fillAccountForm(ownerPage, { ...owner, password: "short", confirm: "different" });
  await ownerPage.getByRole("button", { name: "Create owner account" }).click();
  await expect(ownerPage.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(ownerPage.getByText("The passwords do not match.")).toBeVisible();
  // What was typed (but not the passwords) is still there.
  await expect(ownerPage.getByLabel("Email")).toHaveValue(owner.email);

  await fillAccountForm(ownerPage, { ...owner, password: PASSWORD });
  await ownerPage.getByRole("button", { name: "Create owner account" }).click();
  await expect(ownerPage).toHaveURL(/\/$/);

  await ownerPage.goto("/team");
  await expect(ownerPage.getByRole("heading", { name: "Team", exact: true })).toBeVisible();
  const ownerRow = ownerPage.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(owner.name) });
  await expect(ownerRow).toContainText("Owner");
  await expect(ownerRow).toContainText("Admin");
  await expect(ownerPage.getByLabel("Account")).toContainText(`${owner.name} · Admin`);
});

test("setup is closed once the studio has an owner", async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.context().close();
});

test("the owner creates invite links for a creator and a reviewer", async () => {
  creatorLink = await createInvite(ownerPage, "creator", "Creator");
  reviewerLink = await createInvite(ownerPage, "reviewer", "Reviewer");
  expect(creatorLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const pending = ownerPage.getByRole("table", { name: "Pending invites" });
  await expect(pending.getByRole("row")).toHaveCount(2);
});

test("a creator joins from the invite link in a fresh browser; the link then stops working", async ({ browser }) => {
  const page = await joinFromInvite(browser, creatorLink, { ...creator, password: PASSWORD }, "Creator");
  await page.context().close();

  const again = await newPage(browser);
  await again.goto(creatorLink);
  await expect(again.getByText("This invite link has already been used.")).toBeVisible();
  await again.context().close();
});

test("a reviewer joins, cannot open the Team page, and can sign out and back in", async ({ browser }) => {
  const page = await joinFromInvite(browser, reviewerLink, { ...reviewer, password: PASSWORD }, "Reviewer");

  await page.goto("/team");
  await expect(page).toHaveURL(/\/sign-in\?denied=manage_team&next=%2Fteam$/);
  await expect(page.getByRole("status")).toContainText(
    `You are signed in as ${reviewer.name}. Your role (Reviewer) cannot manage the team.`,
  );

  await page.getByRole("button", { name: `Sign out of ${reviewer.name}'s account` }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/team");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteam$/);

  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account. Check both and try again.",
  );
  await expect(page.getByLabel("Email")).toHaveValue(reviewer.email);

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Back to where they were going, which their role still cannot open.
  await expect(page).toHaveURL(/\/sign-in\?denied=manage_team&next=%2Fteam$/);
  await page.context().close();
});

test("an admin changes a role and it applies at once", async ({ browser }) => {
  await ownerPage.reload();
  const members = ownerPage.getByRole("table", { name: "Members" });
  await expect(members.getByRole("row")).toHaveCount(4);
  await expect(ownerPage.getByRole("combobox", { name: `Role of ${owner.name}` })).toHaveCount(0);

  const page = await newPage(browser);
  await signIn(page, { email: creator.email, password: PASSWORD }, "/team");
  await expect(page).toHaveURL(/denied=manage_team/);

  await ownerPage.getByRole("combobox", { name: `Role of ${creator.name}` }).selectOption("admin");
  await expect(ownerPage.getByText(`${creator.name} is now an Admin.`)).toBeVisible();

  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "Team", exact: true })).toBeVisible();
  await page.context().close();
});

test("an admin revokes an invite, and its link says so", async ({ browser }) => {
  const link = await createInvite(ownerPage, "reviewer", "Reviewer");
  await ownerPage.getByRole("button", { name: /Revoke the Reviewer invite/ }).click();
  await expect(ownerPage.getByText("The Reviewer invite was revoked.")).toBeVisible();
  const page = await newPage(browser);
  await page.goto(link);
  await expect(page.getByText("This invite link was revoked by an admin.")).toBeVisible();
  await page.context().close();
});

test("the owner sets a monthly cap, signs out, and signs back in to the page they asked for", async () => {
  await ownerPage.getByLabel("Monthly cap (units)").fill("100");
  await ownerPage.getByRole("button", { name: "Save cap" }).click();
  await expect(ownerPage.getByText("The monthly cap is now 100 units.")).toBeVisible();
  await expect(ownerPage.getByText("100 of the 100-unit monthly cap left.")).toBeVisible();

  await ownerPage.getByLabel("Account").getByRole("button", { name: "Sign out" }).click();
  await expect(ownerPage).toHaveURL(/\/sign-in$/);
  await signIn(ownerPage, { email: owner.email, password: PASSWORD }, "/team");
  await expect(ownerPage.getByRole("heading", { name: "Team", exact: true })).toBeVisible();
});
