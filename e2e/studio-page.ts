/** How the specs drive the studio page as a person would: open it, set a move, read the request, generate. */
import { expect, type Locator, type Page } from "@playwright/test";

/** The studio's Generate button, whose name carries the estimated cost. */
export function generateButton(page: Page) {
  return page.getByRole("button", { name: /^Generate/ });
}

/**
 * Opens the studio and waits until it is interactive: the preview sizes its canvas (from its default
 * 300 × 150) only once React has hydrated the page, so controls used before that could be lost.
 */
export async function openStudio(page: Page, path = "/") {
  await page.goto(path);
  const canvas = page.getByRole("img", { name: /^Camera preview:/ });
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.width !== 300 || element.height !== 150))
    .toBe(true);
}

/** The Model list (not the "Show retired models" checkbox beside it). */
export function modelSelect(page: Page) {
  return page.getByRole("combobox", { name: "Model", exact: true });
}

/** Opens "Request sent to Kling" and reads the body it shows. */
export async function requestBody(page: Page): Promise<Record<string, unknown>> {
  const disclosure = page.locator("details").filter({ has: page.getByText("Request sent to Kling", { exact: true }) });
  if (!(await disclosure.evaluate((element: HTMLDetailsElement) => element.open))) {
    await page.getByText("Request sent to Kling", { exact: true }).click();
  }
  const text = await page.getByRole("region", { name: "Request body (JSON)" }).textContent();
  return JSON.parse(text ?? "{}");
}

export async function setSimpleMove(page: Page, axis: string, value: string) {
  await page.getByLabel("Camera movement").selectOption("simple");
  await page.getByLabel(`${axis} value`).fill(value);
}

/** The take's card in the studio's list, named by the first 60 characters of its prompt. */
export function takeCard(page: Page, prompt: string) {
  return page.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
}

/** Fills the studio form (a fresh page), clicks Generate and returns the new take's page path. */
async function submitTake(page: Page, options: { prompt: string; model?: string; pan?: string }) {
  // Typing before the page hydrates would race the draft it restores (the last take's prompt).
  await openStudio(page);
  await page.getByLabel("Prompt", { exact: true }).fill(options.prompt);
  if (options.model) await modelSelect(page).selectOption(options.model);
  if (options.pan) await setSimpleMove(page, "Pan", options.pan);
  await generateButton(page).click();
  const take = takeCard(page, options.prompt);
  await expect(take).toBeVisible();
  const href = await take.getByRole("link", { name: /^Open take:/ }).getAttribute("href");
  expect(href).toMatch(/^\/takes\/[0-9a-f-]{36}$/);
  return href ?? "";
}

/** Generates a take and waits until the studio shows it ready; returns its page's path. */
export async function generateTake(page: Page, options: { prompt: string; model?: string; pan?: string }) {
  const href = await submitTake(page, options);
  await expect(takeCard(page, options.prompt).getByText("Ready", { exact: true })).toBeVisible({ timeout: 90_000 });
  return href;
}

/** Waits until the take page's video has its metadata (duration, size). */
export async function waitForVideo(page: Page) {
  await expect
    .poll(() => page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => video.readyState))
    .toBeGreaterThanOrEqual(1);
}

/** Plays a video muted for `ms` and answers where it got to, in seconds: proof that it really plays. */
export async function playMutedFor(video: Locator, ms: number): Promise<number> {
  return video.evaluate(async (element: HTMLVideoElement, wait) => {
    element.muted = true;
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, wait));
    return element.currentTime;
  }, ms);
}
