import { expect, type Page, test } from "@playwright/test";
import { generateButton, modelSelect, openStudio, requestBody, setSimpleMove, takeCard } from "./studio-page";

/**
 * The camera on a model without camera_control, tried as a new user would: the move travels in the
 * prompt, the sandbox films it, the studio measures the video and judges it against the move asked for.
 */
async function generatePanOnKling26(page: Page, prompt: string): Promise<string> {
  await openStudio(page);
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await modelSelect(page).selectOption("kling-v2-6");
  await setSimpleMove(page, "Pan", "5");
  await expect(page.getByRole("group", { name: "Camera" })).toContainText("written into the prompt");

  const body = await requestBody(page);
  expect(body.model_name).toBe("kling-v2-6");
  expect(body.camera_control).toBeUndefined();
  expect(body.prompt).toMatch(/The camera pans steadily to the right\.$/);

  await generateButton(page).click();
  const take = takeCard(page, prompt);
  await expect(take).toBeVisible();
  const href = await take.getByRole("link", { name: /^Open take:/ }).getAttribute("href");
  expect(href).toMatch(/^\/takes\/[0-9a-f-]{36}$/);
  return href ?? "";
}

test("a pan on kling-v2-6 travels in the prompt, is filmed, and is measured as followed", async ({ page }) => {
  const href = await generatePanOnKling26(page, `A harbour at dawn with fishing boats ${Date.now()}`);
  await page.goto(href);
  // The page polls until the take is ready and measured; the take is playable before that.
  await expect(page.getByRole("status", { name: "Status: Ready" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/^Measured move: pan right · Followed$/)).toBeVisible({ timeout: 60_000 });

  // Scripts read the same result from the gallery's JSON, filterable by it.
  const id = href.split("/").pop();
  const answer = await page.request.get("/api/generations?measured=followed&model=kling-v2-6");
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as { items: { id: string; cameraCheck: unknown }[] };
  expect(items.find((item) => item.id === id)?.cameraCheck).toEqual({
    verdict: "followed",
    move: "pan+",
    confidence: expect.any(Number),
  });
});

test("a model that films the opposite move is caught: Not followed", async ({ page }) => {
  const href = await generatePanOnKling26(page, `A harbour at dusk [sandbox:camera=opposite] ${Date.now()}`);
  await page.goto(href);
  await expect(page.getByText(/^Measured move: pan left · Not followed$/)).toBeVisible({ timeout: 120_000 });
});
