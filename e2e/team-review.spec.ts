/**
 * A team reviews a take together, from an empty studio (the team project of playwright.config.ts): the owner sets the
 * studio up and invites a creator and a reviewer; the creator generates; the reviewer comments at 2.5 s
 * and approves; the creator finds the comment's marker and jumps to that moment; a share link shows
 * the take to someone signed out, and revoking it makes the link 404.
 */
import { expect, test } from "@playwright/test";
import { createInvite, fillAccountForm, joinFromInvite, newPage, signIn } from "./account-flows";
import { waitForVideo } from "./studio-page";

const PASSWORD = "a long enough password";
const owner = { name: "Odile Owner", email: "odile@example.com" };

test("owner, creator and reviewer review a take together and share it", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  // The studio outlives a failed attempt: a retry signs the owner in and invites new addresses.
  const attempt = testInfo.retry ? `+${testInfo.retry}` : "";
  const creator = { name: "Cass Creator", email: `cass${attempt}@example.com` };
  const reviewer = { name: "Remy Reviewer", email: `remy${attempt}@example.com` };

  // The owner signs up on first run and invites the team.
  const ownerPage = await newPage(browser);
  await ownerPage.goto("/");
  if (testInfo.retry === 0) await expect(ownerPage).toHaveURL(/\/setup$/);
  await expect(ownerPage).toHaveURL(/\/(setup|sign-in)/);
  if (ownerPage.url().endsWith("/setup")) {
    await fillAccountForm(ownerPage, { ...owner, password: PASSWORD });
    await ownerPage.getByRole("button", { name: "Create owner account" }).click();
  } else {
    await signIn(ownerPage, { ...owner, password: PASSWORD }, "/");
  }
  await expect(ownerPage).toHaveURL(/\/$/);
  await ownerPage.goto("/team");
  const creatorLink = await createInvite(ownerPage, "creator", "Creator");
  const reviewerLink = await createInvite(ownerPage, "reviewer", "Reviewer");

  const creatorPage = await joinFromInvite(browser, creatorLink, { ...creator, password: PASSWORD });
  const reviewerPage = await joinFromInvite(browser, reviewerLink, { ...reviewer, password: PASSWORD });

  // The creator generates a take with a pan and opens it once it is ready.
  const prompt = `A red lighthouse on a cliff at dusk ${Date.now()}`;
  await creatorPage.getByLabel("Prompt", { exact: true }).fill(prompt);
  await creatorPage.getByLabel("Camera movement").selectOption("simple");
  await creatorPage.getByLabel("Pan value").fill("5");
  await creatorPage.getByRole("button", { name: /^Generate/ }).click();
  const card = creatorPage.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(card.getByText("Ready", { exact: true })).toBeVisible({ timeout: 90_000 });
  const takePath = await card.getByRole("link", { name: `Open take: ${prompt.slice(0, 60)}` }).getAttribute("href");
  if (!takePath) throw new Error("the take card has no link");

  // The reviewer cannot generate, but reviews: a comment at 2.5 s (the "c" shortcut), then Approve.
  await expect(reviewerPage.getByRole("button", { name: /^Generate/ })).toBeDisabled();
  await reviewerPage.goto(takePath);
  await expect(reviewerPage.getByText(`by ${creator.name}`)).toBeVisible();
  await waitForVideo(reviewerPage);
  await expect(reviewerPage.getByRole("button", { name: "Approve" })).toBeEnabled();
  await reviewerPage.getByLabel("Take video").evaluate((video: HTMLVideoElement) => {
    video.currentTime = 2.5;
  });
  await reviewerPage.getByRole("heading", { name: prompt }).click();
  await reviewerPage.keyboard.press("c");
  const box = reviewerPage.getByRole("textbox", { name: "Comment at 0:02.5" });
  await expect(box).toBeFocused();
  const comment = "The pan starts before the lighthouse is centred";
  await box.fill(comment);
  await reviewerPage.getByRole("button", { name: "Add comment" }).click();
  await expect(reviewerPage.getByRole("article", { name: `Comment by ${reviewer.name} at 0:02.5` })).toBeVisible();
  await reviewerPage.getByRole("group", { name: "My decision" }).getByRole("button", { name: "Approve" }).click();
  await expect(reviewerPage.getByRole("button", { name: "Approve", pressed: true })).toBeVisible();

  // The creator sees the decision and the marker; the marker takes the video to 2.5 s.
  await creatorPage.goto(takePath);
  await waitForVideo(creatorPage);
  await expect(creatorPage.getByRole("button", { name: "Approve" })).toBeEnabled();
  await expect(creatorPage.getByRole("list", { name: "Decisions" })).toContainText(reviewer.name);
  await expect(creatorPage.getByRole("list", { name: "Decisions" })).toContainText("Approved");
  await creatorPage
    .getByRole("button", { name: new RegExp(`^Comment at 0:02\\.5 by ${reviewer.name}: The pan starts`) })
    .click();
  await expect
    .poll(() =>
      creatorPage
        .getByLabel("Take video")
        .evaluate((video: HTMLVideoElement) => Math.round(video.currentTime * 10) / 10),
    )
    .toBe(2.5);

  // A share link opens signed out and shows only this take; revoking it makes it 404.
  await creatorPage.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = creatorPage.getByRole("dialog", { name: "Share this take" });
  await dialog.getByLabel("Title (optional)").fill("Lighthouse for the client");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  const visitor = await newPage(browser);
  const opened = await visitor.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { name: "Lighthouse for the client" })).toBeVisible();
  await expect(visitor.locator("video")).toHaveCount(1);
  await expect(visitor.getByLabel("Take video")).toBeVisible();
  const body = await visitor.locator("body").innerText();
  expect(body).not.toContain(prompt);
  expect(body).not.toContain(comment);

  await creatorPage
    .getByRole("region", { name: "Share links" })
    .getByRole("button", { name: "Revoke share link: Lighthouse for the client" })
    .click();
  await creatorPage
    .getByRole("alertdialog", { name: "Revoke this share link?" })
    .getByRole("button", { name: "Revoke link" })
    .click();
  await expect(
    creatorPage.getByRole("region", { name: "Share links" }).getByRole("button", { name: /Revoke share link/ }),
  ).toHaveCount(0);
  const revoked = await visitor.goto(url);
  expect(revoked?.status()).toBe(404);
  await expect(visitor.getByLabel("Take video")).toHaveCount(0);

  // The activity feed tells the story.
  await ownerPage.goto("/activity");
  const feed = ownerPage.getByRole("list", { name: "Activity" });
  await expect(feed).toContainText(creator.name);
  await expect(feed).toContainText(reviewer.name);

  for (const page of [ownerPage, creatorPage, reviewerPage, visitor]) await page.context().close();
});
