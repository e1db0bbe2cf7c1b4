/**
 * The studio on a phone and a tablet, by touch: a new take generated and played, a reviewer opening it
 * from the gallery, commenting at a moment and approving, and the gallery filtered. Runs in the phone
 * and tablet projects (touch, mobile emulation), against the main suite's studio. The tests share one
 * take, so they run in order.
 */
import { expect, type Locator, test } from "@playwright/test";
import { E2E_ACCOUNTS, storageStateFor } from "./accounts";
import { expectNoSeriousViolations } from "./axe";
import { deviceWidth, expectTouchTargets, keepScreenshot } from "./screen-checks";
import { generateButton, openStudio, takeCard, waitForVideo } from "./studio-page";

test.describe.configure({ mode: "serial" });

let prompt = "";
let takePath = "";

test("a new user generates a take from the sticky Generate bar and plays it", async ({ page }, testInfo) => {
  prompt = `A heron lifting off a misty lake on a ${testInfo.project.name} ${Date.now()}`;
  await openStudio(page);
  const phone = testInfo.project.name === "phone";
  // The preview comes first, and folds away.
  const preview = page.getByRole("img", { name: /^Camera preview:/ });
  const form = page.getByRole("form", { name: "Generate a video" });
  expect(await isAbove(preview, form)).toBe(true);
  await page.getByRole("button", { name: "Hide preview" }).tap();
  await expect(preview).toBeHidden();
  await page.getByRole("button", { name: "Show preview" }).tap();
  await expect(preview).toBeVisible();

  // The bar with the cost is on screen from the top of the form, long before the form's end.
  await expect(generateButton(page)).toHaveText(/^Generate · /);
  await expect(generateButton(page)).toBeInViewport();
  if (phone) {
    await expectTouchTargets([
      page.getByRole("button", { name: "Menu" }),
      generateButton(page),
      page.getByRole("slider", { name: "Pan" }),
      page.getByRole("slider", { name: "Preview time" }),
      page.getByRole("button", { name: "Hide preview" }),
    ]);
    await expect(page.getByRole("spinbutton", { name: "Pan value" })).toHaveAttribute("type", "number");
    await expectNoSeriousViolations(page);
  }

  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await generateButton(page).tap();
  const card = takeCard(page, prompt);
  await expect(card.getByText("Ready", { exact: true })).toBeVisible({ timeout: 90_000 });
  await card.getByRole("link", { name: /^Open take:/ }).tap();
  await expect(page).toHaveURL(/\/takes\//);
  takePath = new URL(page.url()).pathname;
  await waitForVideo(page);
  const video = page.getByLabel("Take video");
  await video.evaluate((element: HTMLVideoElement) => element.play());
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0.5);
  const box = await video.boundingBox();
  // Full width on the phone: the screen less the page's margins.
  if (phone) expect(box?.width ?? 0).toBeGreaterThan(deviceWidth(testInfo) - 40);
});

test("a reviewer opens the take from the gallery, comments at a moment with the player in view, and approves", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ storageState: storageStateFor("reviewer") });
  const page = await context.newPage();
  await page.goto("/gallery");
  // The header folds into a menu below 768 px, with the member menu inside it.
  if (deviceWidth(testInfo) < 768) {
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Gallery" })).toBeHidden();
    await nav.getByRole("button", { name: "Menu" }).tap();
    await expect(nav.getByRole("region", { name: "Account" }).getByText(E2E_ACCOUNTS.reviewer.name)).toBeVisible();
    await keepScreenshot(page, testInfo, "header menu, open");
    await nav.getByRole("button", { name: "Menu" }).tap();
    await expect(nav.getByRole("link", { name: "Gallery" })).toBeHidden();
  }
  await takeCard(page, prompt)
    .getByRole("link", { name: /^Open take:/ })
    .tap();
  await expect(page).toHaveURL(new RegExp(`${takePath}$`));
  await waitForVideo(page);
  const approve = page.getByRole("group", { name: "My decision" }).getByRole("button", { name: "Approve" });
  await expect(approve).toBeEnabled();
  await page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => {
    video.currentTime = 2.5;
  });
  const box = page.getByRole("textbox", { name: "Comment at 0:02.5" });
  await box.tap();
  await box.fill("The heron's wing clips the frame here");
  await page.getByRole("button", { name: "Add comment" }).tap();
  await expect(page.getByRole("article", { name: `Comment by ${E2E_ACCOUNTS.reviewer.name} at 0:02.5` })).toBeVisible();
  // Below 1024 px the video stays on screen while the comments scroll under it.
  await expect(page.getByLabel("Take video")).toBeInViewport();
  await approve.scrollIntoViewIfNeeded();
  await expect(page.getByLabel("Take video")).toBeInViewport();
  await expectTouchTargets(
    ["Approve", "Request changes", "Reject"].map((name) =>
      page.getByRole("group", { name: "My decision" }).getByRole("button", { name }),
    ),
  );
  await approve.tap();
  await expect(page.getByRole("button", { name: "Approve", pressed: true })).toBeVisible();
  if (testInfo.project.name === "phone") await expectNoSeriousViolations(page);
  await context.close();
});

test("the gallery is filtered from behind its Filters button, which counts the filters on", async ({
  page,
}, testInfo) => {
  await page.goto("/gallery");
  const filters = page.getByRole("search", { name: "Filter takes" });
  await expect(filters).toHaveAttribute("aria-busy", "false");
  const review = filters.getByLabel("Review", { exact: true });
  const card = takeCard(page, prompt);
  if (deviceWidth(testInfo) < 768) {
    await expect(review).toBeHidden();
    const toggle = filters.getByRole("button", { name: "Filters", exact: true });
    await expectTouchTargets([toggle]);
    await toggle.tap();
    await keepScreenshot(page, testInfo, "gallery filters, open");
  }
  await review.selectOption("approved");
  await expect(page).toHaveURL(/review=approved/);
  await expect(card).toBeVisible();
  if (deviceWidth(testInfo) < 768) {
    await expect(filters.getByRole("button", { name: /^Filters\s*1 active$/ })).toBeVisible();
  }
  // No hover on a touch screen: the card's Preview button plays the muted preview instead.
  const preview = card.getByRole("button", { name: /^Preview take:/ });
  await preview.tap();
  await expect(card.getByRole("button", { name: /^Preview take:/, pressed: true })).toBeVisible();
  await preview.tap();
  await expect(card.getByRole("button", { name: /^Preview take:/, pressed: false })).toBeVisible();
  // Selecting works by tap: the card's checkbox, then Compare says why it needs another take.
  await page.getByRole("button", { name: "Select takes" }).tap();
  const pick = card.getByRole("checkbox", { name: /^Select take:/ });
  await expectTouchTargets([card.locator("label").filter({ has: page.getByRole("checkbox") })]);
  await pick.tap();
  await expect(page.getByRole("region", { name: "Selection" })).toContainText("1 take selected");
});

/** `upper` starts higher on the page than `lower`. */
async function isAbove(upper: Locator, lower: Locator): Promise<boolean> {
  const [a, b] = [await upper.boundingBox(), await lower.boundingBox()];
  return (a?.y ?? Number.POSITIVE_INFINITY) < (b?.y ?? 0);
}
