/**
 * A prompt is text, wherever it is shown: markup typed into it appears literally in the studio, the
 * gallery and the take's page, and never runs (no element is made from it, no script executes).
 */
import { expect, type Page, test } from "@playwright/test";
import { openStudio } from "./studio-page";

const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The prompt does travel inside Next's data scripts, as an escaped string; no script element may be made of it.
  expect(
    await page
      .locator("script")
      .evaluateAll((scripts) => scripts.some((script) => script.textContent?.trim() === "window.__pwned=2")),
  ).toBe(false);
}

test("a prompt with markup is shown literally in the studio, the gallery and the take page, and never runs", async ({
  page,
}) => {
  const prompt = `${MARKUP} ${Date.now()}`;
  await openStudio(page);
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByRole("button", { name: "Generate" }).click();

  const card = page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(card).toBeVisible();
  await expect(card.getByText(prompt, { exact: true })).toBeVisible();
  await expectInert(page);

  await page.goto("/gallery");
  const galleryCard = page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(galleryCard.getByText(prompt, { exact: true })).toBeVisible();
  await expectInert(page);

  await galleryCard.getByRole("link", { name: `Open take: ${prompt.slice(0, 60)}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: prompt })).toBeVisible();
  await expectInert(page);
  // After a full load of the take page too (server-rendered HTML, not only client navigation).
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: prompt })).toBeVisible();
  await expectInert(page);
});
