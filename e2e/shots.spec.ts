/**
 * Shots: a camera sweep of 4 lands as one shot of 4 takes. The team circles one on the shot's page, and
 * the gallery's shots view shows that take's poster on a stack of "4 takes". The shot is renamed in place,
 * 2 of its takes open in Compare, a remix offers to join the shot, and a take moves into a shot of its own.
 * Runs in the main suite, as the admin.
 */
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { generateButton, modelSelect, openStudio } from "./studio-page";

test("a sweep of 4 is one shot; circling a take shows its poster on the shot's card", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const prompt = `Shots sweep ${stamp} over red dunes at noon`;
  const firstTake = await generateSweep(page, prompt);

  // The take's page names its shot.
  await page.goto(firstTake);
  const shotPanel = page.getByRole("region", { name: "Shot", exact: true });
  await expect(shotPanel).toContainText("4 takes in this shot");
  await shotPanel.getByRole("link", { name: `Shots sweep ${stamp} over red dunes` }).click();
  await expect(page).toHaveURL(/\/shots\/[0-9a-f-]{36}$/);
  const shotPath = new URL(page.url()).pathname;

  const takes = page.getByRole("list", { name: "Takes in this shot" }).getByRole("listitem");
  await expect(takes).toHaveCount(4);
  await expect(page.getByText("4 takes · no take circled yet")).toBeVisible();
  // Each take of the sweep asked for its own move; the page lists them all.
  await expect(page.getByRole("region", { name: "About this shot" })).toContainText("pan +5");
  // Circling needs a ready take: wait for all four videos.
  const circleButtons = page.getByRole("button", { name: "Circle", exact: true });
  await expect(circleButtons).toHaveCount(4, { timeout: 120_000 });

  const chosen = takes.nth(1);
  const chosenHref = await chosen.getByRole("link", { name: /^Open take:/ }).getAttribute("href");
  await chosen.getByRole("button", { name: "Circle", exact: true }).click();
  await expect(chosen.getByRole("button", { name: "Circled", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(chosen.getByText(/^Circled by Ada Admin/)).toBeVisible();
  await expect(circleButtons).toHaveCount(3);

  // Compare: two ticked takes open the synced compare view.
  await takes
    .nth(0)
    .getByRole("checkbox", { name: /^Compare take:/ })
    .check();
  await takes
    .nth(1)
    .getByRole("checkbox", { name: /^Compare take:/ })
    .check();
  await expect(page.getByRole("link", { name: "Compare 2 takes" })).toHaveAttribute(
    "href",
    /^\/compare\?ids=[0-9a-f-]{36},[0-9a-f-]{36}$/,
  );

  // Renamed in place: trimmed, and refused when empty.
  await page.getByRole("button", { name: "Rename" }).click();
  const nameField = page.getByRole("textbox", { name: "Shot name" });
  await nameField.fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(nameField).toHaveAccessibleDescription(/Give the shot a name/);
  await nameField.fill(`  Dunes ${stamp}, the pick  `);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dunes ${stamp}, the pick` })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath("shot-page.png"), fullPage: true });

  // Sharing the whole shot: the link opens on the circled take, then the other three.
  await page.getByRole("button", { name: "Share shot" }).click();
  const shareDialog = page.getByRole("dialog", { name: `Share the shot “Dunes ${stamp}, the pick”` });
  await shareDialog.getByRole("button", { name: "Create link" }).click();
  const shareUrl = await shareDialog.getByRole("textbox", { name: "Share link" }).inputValue();
  await shareDialog.getByRole("button", { name: "Done" }).click();
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(new URL(shareUrl).pathname);
  await expect(visitor.getByRole("heading", { level: 1, name: `Dunes ${stamp}, the pick` })).toBeVisible();
  const sharedVideos = visitor.locator("video");
  await expect(sharedVideos).toHaveCount(4);
  await expect(sharedVideos.first()).toHaveAttribute("src", new RegExp(`${chosenHref?.split("/").pop()}\\.mp4$`));
  await visitor.context().close();

  // The gallery's shots view: one card, the circled take's poster, a stack of 4.
  await page.goto(`/gallery?view=shots&q=${encodeURIComponent(`Shots sweep ${stamp}`)}`);
  await expect(page.getByRole("link", { name: "Shots", exact: true })).toHaveAttribute("aria-current", "page");
  const card = page.getByRole("article", { name: `Shot: Dunes ${stamp}, the pick` });
  await expect(card).toHaveCount(1);
  await expect(card.getByText("4 takes", { exact: true })).toBeVisible();
  const poster = card.getByRole("img", { name: "Poster of the circled take" });
  await expect(poster).toHaveAttribute("src", `/media/posters/${chosenHref?.split("/").pop()}.jpg`);
  await expect(card.getByText("4 unreviewed")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath("shots-view.png"), fullPage: true });
  // The toggle keeps the filters.
  await page.getByRole("link", { name: "Takes", exact: true }).click();
  await expect(page).toHaveURL(/\/gallery\?q=Shots\+sweep/);

  // A remix of one of its takes joins the shot unless told otherwise.
  await openStudio(page, `/?remix=${firstTake.split("/").pop()}`);
  await expect(page.getByRole("radio", { name: `Join shot “Dunes ${stamp}, the pick”` })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Start a new shot" })).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath("remix-choice.png") });

  // Moving a take into a new shot of its own leaves 3 in this one.
  await page.goto(chosenHref ?? "/");
  await page.getByRole("button", { name: "Move to…" }).click();
  const dialog = page.getByRole("dialog", { name: "Move this take to…" });
  await dialog.getByRole("radio", { name: /^A new shot/ }).check();
  await page.screenshot({ path: testInfo.outputPath("move-dialog.png") });
  await dialog.getByRole("button", { name: "Move take" }).click();
  await expect(page.getByRole("region", { name: "Shot", exact: true })).toContainText("the only take in this shot");
  await page.goto(shotPath);
  await expect(page.getByRole("list", { name: "Takes in this shot" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("3 takes · no take circled yet")).toBeVisible();

  // The feed says who circled, renamed and moved, and links to the shot.
  await page.goto("/activity");
  const feed = page.getByRole("list", { name: "Activity" });
  await expect(feed.getByRole("listitem").filter({ hasText: "renamed the shot" }).first()).toContainText(
    `Dunes ${stamp}, the pick`,
  );
  await expect(feed.getByRole("link", { name: `“Dunes ${stamp}, the pick”` }).first()).toHaveAttribute(
    "href",
    shotPath,
  );
  await expect(feed.getByRole("listitem").filter({ hasText: "Into a new shot of its own" })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("activity.png") });
});

test("an unknown shot is the shot page's own 404", async ({ page }) => {
  const response = await page.goto("/shots/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This shot is not here" })).toBeVisible();
});

/** Sends a camera sweep of 4 (pan and zoom, both ways) and returns the first take's page path. */
async function generateSweep(page: Page, prompt: string): Promise<string> {
  await openStudio(page, "/");
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await modelSelect(page).selectOption("kling-v2-6");
  await page.getByRole("radio", { name: "Camera sweep" }).check();
  await page.getByRole("checkbox", { name: "Pan" }).check();
  await page.getByRole("checkbox", { name: "Zoom" }).check();
  await expect(generateButton(page)).toHaveText(/^Generate 4 takes/);
  await generateButton(page).click();
  const link = page.getByRole("link", { name: "Open the first take" });
  await expect(link).toHaveAttribute("href", /^\/takes\/[0-9a-f-]{36}$/);
  return (await link.getAttribute("href")) ?? "";
}
