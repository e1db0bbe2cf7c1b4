import { expect, type Page, test } from "@playwright/test";

/** Every response of a page load that answered 404: a missing icon or manifest shows up here. */
async function missingOnLoad(page: Page, path: string): Promise<string[]> {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(new URL(response.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return missing;
}

test("a page load asks for nothing that is missing: favicon, icons and manifest are served", async ({ page }) => {
  expect(await missingOnLoad(page, "/")).toEqual([]);
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const manifest = await page.request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect((await manifest.json()).icons.length).toBeGreaterThanOrEqual(3);
});

test("signed out, the sign-in page loads without a 404 either", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  expect(await missingOnLoad(page, "/sign-in")).toEqual([]);
  await context.close();
});
