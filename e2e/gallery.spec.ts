import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

// Runs as the gallery project of playwright.config.ts: a studio seeded with many takes.

const PAGE_SIZE = 48;

function takes(page: Page) {
  return page.getByRole("region", { name: "Takes" }).getByRole("article");
}

/** Opens the gallery and waits until it responds to input (the filter bar stops being busy once hydrated). */
async function openGallery(page: Page, search = "") {
  await page.goto(`/gallery${search}`);
  await expect(page.getByRole("search", { name: "Filter takes" })).toHaveAttribute("aria-busy", "false");
}

test("pages through many takes with the button and by scrolling", async ({ page }) => {
  await openGallery(page);
  await expect(takes(page)).toHaveCount(PAGE_SIZE);

  await page.getByRole("button", { name: "Load more takes" }).click();
  await expect.poll(() => takes(page).count()).toBeGreaterThanOrEqual(2 * PAGE_SIZE);

  // Scrolling towards the end loads the next pages by itself, down to the last take.
  const end = page.getByText("That is every take.");
  await expect(async () => {
    await page.mouse.wheel(0, 20_000);
    await expect(end).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const ids = await takes(page).evaluateAll((articles) => articles.map((article) => article.id));
  expect(ids.length).toBeGreaterThanOrEqual(150);
  expect(new Set(ids).size).toBe(ids.length);
});

test("keeps filters in the URL, so a reload or a shared link shows the same view", async ({ page, context }) => {
  await openGallery(page);
  await page.getByLabel("Status").selectOption("failed");
  await expect(page).toHaveURL(/\/gallery\?status=failed$/);
  await page.getByLabel("Aspect ratio").selectOption("16:9");
  await expect(page).toHaveURL(/status=failed&aspect=16%3A9/);

  const cards = takes(page);
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  for (let index = 0; index < count; index++) {
    await expect(cards.nth(index).getByText("Failed", { exact: true })).toBeVisible();
    await expect(cards.nth(index)).toContainText("· 16:9 ·");
  }
  const firstId = await cards.first().getAttribute("id");

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("search", { name: "Filter takes" })).toHaveAttribute("aria-busy", "false");
  await expect(shared.getByLabel("Status")).toHaveValue("failed");
  await expect(shared.getByLabel("Aspect ratio")).toHaveValue("16:9");
  await expect(takes(shared).first()).toHaveAttribute("id", firstId ?? "");
  await expect(takes(shared)).toHaveCount(count);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(takes(page)).toHaveCount(PAGE_SIZE);
});

test("searches prompts, and says so when nothing matches", async ({ page }) => {
  await openGallery(page);
  await page.getByLabel("Search prompts").fill("GLACIER");
  await expect(page).toHaveURL(/q=GLACIER/);
  const cards = takes(page);
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text.toLowerCase()).toContain("glacier");

  await page.getByLabel("Search prompts").fill("a zebra on the moon");
  await expect(page.getByText("No takes match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByLabel("Search prompts")).toHaveValue("");
});

test("moves between cards with the arrow keys and opens one with Enter", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openGallery(page);
  const links = page.getByRole("link", { name: /^Open take:/ });
  await links.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  // Three columns at this width.
  await expect(links.nth(4)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(links.nth(3)).toBeFocused();

  const id = (await takes(page).nth(3).getAttribute("id"))?.replace(/^take-/, "");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/takes/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("shows lazy, sized posters and plays a muted preview on hover", async ({ page }) => {
  await openGallery(page, "?status=ready");
  const card = takes(page).first();
  const poster = card.locator("img");
  await expect(poster).toHaveAttribute("loading", "lazy");
  await expect(poster).toHaveAttribute("width", /\d+/);
  await expect(poster).toHaveAttribute("height", /\d+/);

  const video = card.getByLabel("Take video");
  await expect(video).toHaveJSProperty("paused", true);
  await card.getByRole("link", { name: /^Open take:/ }).hover();
  await expect(video).toHaveJSProperty("paused", false);
  await expect(video).toHaveJSProperty("muted", true);
  await page.mouse.move(0, 0);
  await expect(video).toHaveJSProperty("paused", true);
});

test("narrows the list by the measured camera verdict, shows it on every card, and keeps it after a reload", async ({
  page,
}) => {
  await openGallery(page);
  await page.getByLabel("Measured camera").selectOption({ label: "Followed" });
  await expect(page).toHaveURL(/\/gallery\?measured=followed$/);
  await expect(page.getByText("That is every take matching these filters.")).toBeVisible();
  const cards = takes(page);
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(PAGE_SIZE);
  for (let index = 0; index < count; index++) {
    await expect(cards.nth(index).getByText(/^Camera: .+ · Followed$/)).toBeVisible();
  }
  await expectNoSeriousViolations(page);

  await page.reload();
  await expect(page.getByRole("search", { name: "Filter takes" })).toHaveAttribute("aria-busy", "false");
  await expect(page.getByLabel("Measured camera")).toHaveValue("followed");
  await expect(takes(page)).toHaveCount(count);

  // No verdict yet: unmeasured takes and takes with no intended move, none of them with a badge.
  await page.getByLabel("Measured camera").selectOption({ label: "No verdict yet" });
  await expect(page).toHaveURL(/\/gallery\?measured=pending$/);
  await expect(takes(page).first()).toBeVisible();
  await expect(takes(page).getByText(/^Camera: /)).toHaveCount(0);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByLabel("Measured camera")).toHaveValue("");
});
