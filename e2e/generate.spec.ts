import { expect, test } from "@playwright/test";
import { openStudio } from "./studio-page";

test("a new user generates a take with a pan and plays it", async ({ page }) => {
  await openStudio(page);
  await expect(page.getByRole("heading", { name: "Compose a take" })).toBeVisible();

  const prompt = `A red lighthouse on a cliff at dusk ${Date.now()}`;
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByLabel("Camera movement").selectOption("simple");
  await page.getByLabel("Pan value").fill("5");
  await expect(page.getByLabel("Pan", { exact: true })).toHaveValue("5");
  await page.getByRole("button", { name: "Generate" }).click();

  const take = page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(take).toBeVisible();
  await expect(take.getByText("camera: pan +5")).toBeVisible();
  // No reload: the page polls until the take is ready.
  await expect(take.getByText("Ready", { exact: true })).toBeVisible({ timeout: 90_000 });

  const video = take.getByLabel("Take video");
  await expect(video).toBeVisible();
  const state = await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
    await new Promise<void>((resolve) => {
      if (element.readyState >= 2) resolve();
      else element.addEventListener("loadeddata", () => resolve(), { once: true });
    });
    return { readyState: element.readyState, duration: element.duration, src: element.currentSrc };
  });
  expect(state.readyState).toBeGreaterThanOrEqual(2);
  expect(Math.abs(state.duration - 5)).toBeLessThanOrEqual(0.3);
  expect(new URL(state.src).pathname).toMatch(/^\/media\/videos\/.+\.mp4$/);
});

test("a take that Kling fails shows its reason in the gallery", async ({ page }) => {
  await openStudio(page);
  const prompt = `A quiet harbour [sandbox:fail] ${Date.now()}`;
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByRole("button", { name: "Generate" }).click();
  await page.goto("/gallery");
  const take = page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(take.getByText("Failed", { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(take.getByRole("status")).toContainText(/risk control/i);
});
