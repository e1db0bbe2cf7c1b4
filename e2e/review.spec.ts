/**
 * Reviewing a take together: a reviewer comments on a moment with the "c" shortcut and approves; the
 * admin finds the comment's marker under the video, which shows that moment; verdict and favourite
 * toggles stick, and the gallery filters by them. Runs in the main suite, as the admin by default.
 */
import { expect, type Page, test } from "@playwright/test";
import { E2E_ACCOUNTS, storageStateFor } from "./accounts";
import { generateTake, waitForVideo } from "./studio-page";

test("a reviewer comments at a moment and approves; the admin jumps to it, judges the camera and stars the take", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const prompt = `A paper boat on a river ${Date.now()}`;
  const takePath = await openReadyTake(page, prompt);
  await expect(page.getByText(`by ${E2E_ACCOUNTS.admin.name}`)).toBeVisible();

  const reviewerContext = await browser.newContext({ storageState: storageStateFor("reviewer") });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(takePath);
  await waitForVideo(reviewer);
  // Hydrated (the review buttons are enabled only then), so the page follows the video's clock.
  await expect(reviewer.getByRole("button", { name: "Approve" })).toBeEnabled();
  await reviewer.getByLabel("Take video").evaluate((video: HTMLVideoElement) => {
    video.currentTime = 2.5;
  });
  await expect(reviewer.getByRole("textbox", { name: "Comment at 0:02.5" })).toBeVisible();
  // The shortcut, pressed outside any field, pauses the video and puts the cursor in the comment box.
  await reviewer.getByRole("heading", { name: prompt }).click();
  await reviewer.keyboard.press("c");
  const box = reviewer.getByRole("textbox", { name: "Comment at 0:02.5" });
  await expect(box).toBeFocused();
  const body = "<b>Pan</b> starts too early";
  await box.fill(body);
  await reviewer.getByRole("button", { name: "Add comment" }).click();
  const thread = reviewer.getByRole("article", { name: `Comment by ${E2E_ACCOUNTS.reviewer.name} at 0:02.5` });
  // Markup is shown as typed, never interpreted.
  await expect(thread.getByText(body, { exact: true })).toBeVisible();
  await expect(thread.locator("b")).toHaveCount(0);
  await expect(box).toHaveValue("");
  await reviewer.getByRole("group", { name: "My decision" }).getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("button", { name: "Approve", pressed: true })).toBeVisible();
  await reviewerContext.close();

  await page.reload();
  await waitForVideo(page);
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
  await expect(page.getByRole("list", { name: "Decisions" })).toContainText(`${E2E_ACCOUNTS.reviewer.name}Approved`);
  const marker = page.getByRole("button", { name: `Comment at 0:02.5 by ${E2E_ACCOUNTS.reviewer.name}: ${body}` });
  await marker.click();
  await expect
    .poll(() =>
      page
        .getByLabel("Take video")
        .evaluate((video: HTMLVideoElement) => [Math.round(video.currentTime * 10) / 10, video.paused]),
    )
    .toEqual([2.5, true]);

  const verdict = page.getByRole("group", { name: "Camera followed?" });
  await verdict.getByRole("button", { name: "Yes" }).click();
  await expect(verdict.getByRole("button", { name: "Yes", pressed: true })).toBeVisible();
  await expect(page.getByText(`Yes, by ${E2E_ACCOUNTS.admin.name}`)).toBeVisible();
  await page.getByRole("button", { name: "Favourite" }).click();
  await expect(page.getByRole("button", { name: "Favourite", pressed: true })).toBeVisible();

  await page.goto("/gallery");
  const filters = page.getByRole("search", { name: "Filter takes" });
  await expect(filters).toHaveAttribute("aria-busy", "false");
  const card = page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await filters.getByLabel("Review", { exact: true }).selectOption("approved");
  await expect(page).toHaveURL(/review=approved/);
  await expect(card).toBeVisible();
  await filters.getByLabel("Camera followed?", { exact: true }).selectOption("yes");
  await expect(page).toHaveURL(/verdict=yes/);
  await expect(card).toBeVisible();
  await filters.getByLabel("Favourites", { exact: true }).check();
  await expect(page).toHaveURL(/favourites=1/);
  await expect(card).toBeVisible();
  await filters.getByLabel("Camera followed?", { exact: true }).selectOption("no");
  await expect(page).toHaveURL(/verdict=no/);
  await expect(card).toBeHidden();
  // The admin has not decided yet: the take waits for their review.
  await page.goto("/gallery?needs_review=1");
  await expect(card).toBeVisible();
});

/** Generates a take with a pan and opens its page once the video can play. */
async function openReadyTake(page: Page, prompt: string): Promise<string> {
  const href = await generateTake(page, { prompt, pan: "5" });
  await page.goto(href);
  await waitForVideo(page);
  return href;
}
