/**
 * Comparing takes: picked in the gallery's select mode, played in sync under one transport, with
 * their differing settings marked. Runs as the admin (the main suite's default account).
 */
import { expect, type Locator, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { generateTake } from "./studio-page";

const FRAME = 1 / 24;

test("two ready takes are compared in sync, frame by frame, with the differing settings marked", async ({ page }) => {
  const stamp = Date.now();
  const still = `A koi pond at noon, still camera ${stamp}`;
  const panning = `A koi pond at noon, panning ${stamp}`;
  await generateTake(page, { prompt: still });
  await generateTake(page, { prompt: panning, pan: "5" });

  await page.goto("/gallery");
  await page.getByRole("button", { name: "Select takes" }).click();
  const bar = page.getByRole("region", { name: "Selection" });
  await page.getByRole("checkbox", { name: `Select take: ${still}` }).check();
  await expect(bar.getByText("1 take selected")).toBeVisible();
  await expect(bar.getByRole("button", { name: "Compare" })).toBeDisabled();
  await expect(bar.getByText(/Select 2 to 4 ready takes/)).toBeVisible();
  // Keyboard: the second checkbox is toggled with the space bar.
  await page.getByRole("checkbox", { name: `Select take: ${panning}` }).focus();
  await page.keyboard.press("Space");
  await expect(bar.getByText("2 takes selected")).toBeVisible();
  await bar.getByRole("button", { name: "Compare" }).click();

  await expect(page).toHaveURL(/\/compare\?ids=/);
  await expect(page.getByRole("heading", { name: "Compare 2 takes" })).toBeVisible();
  const videos = [page.getByLabel("Take 1 video"), page.getByLabel("Take 2 video")];
  for (const video of videos) await waitForFrames(video);

  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  // The clips last 5 s: the checks while playing stay well within them, even on a slow machine.
  await expect.poll(async () => Math.min(...(await times(videos))), { timeout: 10_000 }).toBeGreaterThan(0.5);
  for (let sample = 0; sample < 4; sample++) {
    const [first, second] = await times(videos);
    expect(Math.abs(first - second), `sample ${sample}: ${first} vs ${second}`).toBeLessThan(0.1);
    await page.waitForTimeout(150);
  }
  const [early] = await times(videos);
  await page.waitForTimeout(300);
  expect((await times(videos))[0]).toBeGreaterThan(early);

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await expect.poll(async () => paused(videos)).toBe(true);
  const [before] = await times(videos);

  await page.getByRole("button", { name: "Next frame" }).click();
  const stepped = await times(videos);
  expect(frameOf(stepped[0])).toBe(frameOf(before) + 1);
  expect(stepped[1]).toBeCloseTo(stepped[0], 3);

  await page.keyboard.press(".");
  await expect.poll(async () => frameOf((await times(videos))[1])).toBe(frameOf(before) + 2);
  await page.keyboard.press(",");
  await page.getByRole("button", { name: "Previous frame" }).click();
  await expect.poll(async () => (await times(videos)).map(frameOf)).toEqual([frameOf(before), frameOf(before)]);

  await expectNoSeriousViolations(page);

  const settings = page.getByRole("region", { name: "Settings" });
  await expect(settings.getByRole("rowheader", { name: "Camera pan (differs)" })).toBeVisible();
  await expect(settings.getByRole("rowheader", { name: "Prompt (differs)" })).toBeVisible();
  await expect(settings.getByRole("rowheader", { name: "Model", exact: true })).toBeVisible();
  await expect(settings.getByRole("row", { name: /Camera pan/ }).getByRole("cell", { name: "+5" })).toBeVisible();
  // The still take asked for no move; the panning one is measured in its video (the page is read on load).
  const measured = settings.getByRole("row", { name: /Measured move/ });
  await expect(measured.getByRole("cell", { name: "Nothing asked" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(measured.getByRole("cell", { name: "pan right · Followed" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
});

test("the take page's Compare with… opens the gallery in select mode with the take picked", async ({ page }) => {
  const prompt = `A paper boat on a river ${Date.now()}`;
  const takeUrl = await generateTake(page, { prompt });
  await page.goto(takeUrl);
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(page).toHaveURL(/\/gallery\?select=/);
  await expect(page.getByRole("checkbox", { name: `Select take: ${prompt}` })).toBeChecked();
  await expect(page.getByRole("region", { name: "Selection" }).getByText("1 take selected")).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the activity feed lists what happened, with a kind filter and no serious accessibility problems", async ({
  page,
}) => {
  const prompt = `A greenhouse full of orchids ${Date.now()}`;
  await generateTake(page, { prompt });
  await page.goto("/activity");
  const feed = page.getByRole("list", { name: "Activity" });
  const entry = feed
    .getByRole("listitem")
    .filter({ hasText: prompt.slice(0, 40) })
    .first();
  await expect(entry).toContainText("Ada Admin generated");
  await expect(entry.getByRole("link", { name: new RegExp(prompt.slice(0, 40)) })).toHaveAttribute(
    "href",
    /^\/takes\//,
  );
  await expect(entry.locator("time")).toHaveAttribute("dateTime", /^\d{4}-\d{2}-\d{2}T/);
  await expectNoSeriousViolations(page);
  await page.getByRole("navigation", { name: "Filter activity" }).getByRole("link", { name: "Deleted" }).click();
  await expect(page).toHaveURL(/kind=deleted/);
  await expect(page.getByRole("link", { name: "Deleted" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("list", { name: "Activity" }).getByText("generated")).toHaveCount(0);
});

test("the compare page explains bad links instead of failing", async ({ page }) => {
  await page.goto("/compare?ids=not-a-take,also-not");
  await expect(page.getByRole("heading", { name: "Cannot compare these takes" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not take ids");
  await page.goto(`/compare?ids=${crypto.randomUUID()},${crypto.randomUUID()}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("could not be found");
  await page.goto(`/compare?ids=${crypto.randomUUID()}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("at least 2");
});

async function waitForFrames(video: Locator) {
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
}

function times(videos: Locator[]): Promise<number[]> {
  return Promise.all(videos.map((video) => video.evaluate((element: HTMLVideoElement) => element.currentTime)));
}

async function paused(videos: Locator[]): Promise<boolean> {
  const states = await Promise.all(
    videos.map((video) => video.evaluate((element: HTMLVideoElement) => element.paused)),
  );
  return states.every(Boolean);
}

function frameOf(seconds: number): number {
  return Math.floor(seconds / FRAME + 1e-6);
}
