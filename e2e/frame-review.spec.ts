/**
 * Frame-accurate review on a take's page: a rectangle drawn on the paused frame at 2.0 s comes back,
 * after a reload, over the same spot of the frame at 2.0 s and only there, at two player sizes (read as
 * pixel colours of screenshots); a range comment 1.0 → 2.5 s shows as a span that plays its range.
 * Runs in the main suite, as the admin.
 */
import { expect, type Page, test } from "@playwright/test";
import { E2E_ACCOUNTS, storageStateFor } from "./accounts";
import { expectNoSeriousViolations } from "./axe";
import { generateTake, waitForVideo } from "./studio-page";

/** The rectangle, in 0–1 coordinates of the video frame. */
const RECT = { from: { x: 0.3, y: 0.3 }, to: { x: 0.6, y: 0.7 } };
const WIDE = { width: 1400, height: 1000 };
const NARROW = { width: 760, height: 1000 };

test.describe.configure({ mode: "serial" });

let takePath = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  takePath = await generateTake(await context.newPage(), { prompt: `A red kite over dunes ${Date.now()}`, pan: "5" });
  await context.close();
});

test("a rectangle drawn at 2.0 s is drawn at 2.0 s in the same place after a reload, at two player sizes", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(WIDE);
  await openTake(page);
  await seekTo(page, 2);
  await expect(page.getByRole("textbox", { name: "Comment at 0:02.0" })).toBeVisible();

  await page.getByRole("button", { name: "Draw", exact: true }).click();
  await page.getByRole("button", { name: "Rectangle", exact: true }).click();
  await page.getByRole("button", { name: "Red", exact: true }).click();
  const box = await contentBox(page);
  await page.mouse.move(box.x + RECT.from.x * box.width, box.y + RECT.from.y * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.45 * box.width, box.y + 0.5 * box.height, { steps: 4 });
  await page.mouse.move(box.x + RECT.to.x * box.width, box.y + RECT.to.y * box.height, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByText("1 mark")).toBeVisible();
  await expect(page.getByRole("img", { name: "Drawing: a rectangle" })).toBeVisible();
  const body = "Mask this patch of sky";
  await page.getByRole("textbox", { name: "Comment at 0:02.0" }).fill(body);
  await page.getByRole("button", { name: "Add comment" }).click();
  const thread = page.getByRole("article", { name: `Comment by ${E2E_ACCOUNTS.admin.name} at 0:02.0` });
  await expect(thread.getByRole("button", { name: "Show the drawing at 0:02.0" })).toBeVisible();

  await page.reload();
  await waitForVideo(page);
  const marker = page.getByRole("button", {
    name: `Comment at 0:02.0 by ${E2E_ACCOUNTS.admin.name}: ${body} (with a drawing)`,
  });
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    await marker.click();
    await expect.poll(() => videoState(page)).toEqual({ time: 2, paused: true, seeking: false });
    await expect(page.getByTestId("drawing-overlay")).toBeVisible();
    await page.getByLabel("Take video").scrollIntoViewIfNeeded();
    const at = await contentBox(page);
    // The middle of the rectangle's top and left edges: red, where the file put no red.
    const top = await pixel(page, at.x + ((RECT.from.x + RECT.to.x) / 2) * at.width, at.y + RECT.from.y * at.height);
    const left = await pixel(page, at.x + RECT.from.x * at.width, at.y + ((RECT.from.y + RECT.to.y) / 2) * at.height);
    expect(isRed(top), `top edge at ${size.width} px: ${top}`).toBe(true);
    expect(isRed(left), `left edge at ${size.width} px: ${left}`).toBe(true);

    // Away from 2.0 s the drawing is gone, and so is the red.
    await seekTo(page, 4);
    await expect(page.getByTestId("drawing-overlay")).toHaveCount(0);
    const later = await pixel(page, at.x + ((RECT.from.x + RECT.to.x) / 2) * at.width, at.y + RECT.from.y * at.height);
    expect(isRed(later), `the same spot at 4.0 s: ${later}`).toBe(false);
  }
});

test("a range comment 1.0 → 2.5 s shows a span, and clicking it plays the range from 1.0 s", async ({ page }) => {
  test.setTimeout(60_000);
  await openTake(page);
  // One frame at the rate read from the file (24 fps): "." from 2.0 s lands on frame 49's centre.
  await expect(page.getByTestId("frame-readout")).toContainText("24 fps");
  await expect(page.getByTestId("frame-readout")).not.toContainText("assumed");
  await seekTo(page, 2);
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press(".");
  await expect
    .poll(() => page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => video.currentTime))
    .toBeCloseTo(49.5 / 24, 3);
  await expect(page.getByTestId("frame-readout")).toContainText("frame 49");
  await page.keyboard.press(",");
  await page.keyboard.press(",");
  await expect
    .poll(() => page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => video.currentTime))
    .toBeCloseTo(47.5 / 24, 3);
  await seekTo(page, 1);
  // The keys work outside fields only: start from the page, not the comment box.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("i");
  await seekTo(page, 2.5);
  await page.keyboard.press("o");
  await expect(page.getByTestId("composer-range")).toContainText("Range 1.0 s → 2.5 s");
  await expect(page.getByRole("button", { name: "Remove range" })).toBeVisible();
  const body = "The pan should ease in over this stretch";
  await page.getByRole("textbox", { name: "Comment on 0:01.0 → 0:02.5" }).fill(body);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(
    page.getByRole("article", { name: `Comment by ${E2E_ACCOUNTS.admin.name} at 0:01.0 → 0:02.5` }),
  ).toBeVisible();
  await expect(page.getByTestId("composer-range")).toHaveCount(0);

  await page.reload();
  await waitForVideo(page);
  await seekTo(page, 4);
  const span = page.getByRole("button", {
    name: `Range comment 0:01.0 → 0:02.5 by ${E2E_ACCOUNTS.admin.name}: ${body}`,
  });
  await expect(span).toBeVisible();
  // Tall enough to tap, as are the moments' markers.
  expect((await span.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  const marker = page.getByRole("button", { name: /^Comment at 0:02\.0 by / });
  expect((await marker.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => {
    video.addEventListener("playing", () => video.setAttribute("data-played-from", String(video.currentTime)), {
      once: true,
    });
  });
  // Near the span's start: a moment's marker at 2.0 s sits over its middle.
  await span.click({ position: { x: 4, y: 22 } });
  await expect
    .poll(async () => Number(await page.getByLabel("Take video").getAttribute("data-played-from")))
    .toBeGreaterThanOrEqual(1);
  expect(Number(await page.getByLabel("Take video").getAttribute("data-played-from"))).toBeLessThan(1.3);
  // It stops at the range's end.
  await expect.poll(() => videoState(page), { timeout: 10_000 }).toEqual({ time: 2.5, paused: true, seeking: false });
});

test("keyboard users place a rectangle on the frame with the arrow keys", async ({ page }) => {
  await openTake(page);
  await seekTo(page, 3);
  // Drawing turned on from the keyboard puts the keyboard on the drawing surface.
  await page.getByRole("button", { name: "Draw", exact: true }).focus();
  await page.keyboard.press("Enter");
  const surface = page.getByRole("application", { name: /^Drawing surface/ });
  await expect(surface).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 mark")).toBeVisible();
  const composer = page.getByRole("form", { name: "New comment" });
  await expect(composer.getByRole("img", { name: "Drawing: a rectangle" })).toBeVisible();
  // The drawing tools, the swatches and the threads read well to assistive technology.
  await expectNoSeriousViolations(page);
  await composer.getByRole("button", { name: "Remove drawing" }).click();
  await expect(composer.getByRole("img", { name: "Drawing: a rectangle" })).toHaveCount(0);
});

test("J, K and L shuttle: forward faster on each L, backward by stepping on J, K stops", async ({ page }) => {
  await openTake(page);
  await seekTo(page, 2.5);
  await page.getByRole("heading", { level: 1 }).click();
  const video = page.getByLabel("Take video");
  const state = () => video.evaluate((element: HTMLVideoElement) => [element.paused, element.playbackRate]);
  await page.keyboard.press("l");
  await expect.poll(state).toEqual([false, 1]);
  await page.keyboard.press("l");
  await expect.poll(state).toEqual([false, 2]);
  await expect(page.getByTestId("frame-readout")).toContainText("▶▶ 2×");
  await page.keyboard.press("k");
  await expect.poll(state).toEqual([true, 1]);
  const stoppedAt = await video.evaluate((element: HTMLVideoElement) => element.currentTime);
  await page.keyboard.press("j");
  await expect(page.getByTestId("frame-readout")).toContainText("◀◀ 1×");
  // Backward while the element stays paused: Chromium plays no negative rates.
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => [element.paused, element.currentTime]))
    .toEqual([true, expect.any(Number)]);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeLessThan(stoppedAt - 0.2);
  await page.keyboard.press("k");
  await expect(page.getByTestId("frame-readout")).not.toContainText("◀◀");

  // Without a keyboard: a visible button pauses and opens the comment box at the moment shown.
  await page.keyboard.press("l");
  await expect.poll(state).toEqual([false, 1]);
  await page.getByRole("button", { name: "Comment at this moment" }).click();
  await expect.poll(state).toEqual([true, 1]);
  await expect(page.getByRole("textbox", { name: /^Comment at / })).toBeFocused();
});

async function openTake(page: Page) {
  await page.goto(takePath);
  await waitForVideo(page);
  // Hydrated: the review controls answer only then.
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
}

async function seekTo(page: Page, seconds: number) {
  await page.getByLabel("Take video").evaluate((video: HTMLVideoElement, at) => {
    video.pause();
    video.currentTime = at;
  }, seconds);
  await expect.poll(() => videoState(page)).toEqual({ time: seconds, paused: true, seeking: false });
}

async function videoState(page: Page) {
  return page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => ({
    time: Math.round(video.currentTime * 10) / 10,
    paused: video.paused,
    seeking: video.seeking,
  }));
}

/** Where the frame is drawn inside the video element, letterbox bars left out (object-fit: contain). */
async function contentBox(page: Page) {
  return page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => {
    const box = video.getBoundingClientRect();
    const scale = Math.min(box.width / video.videoWidth, box.height / video.videoHeight);
    const width = video.videoWidth * scale;
    const height = video.videoHeight * scale;
    return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
  });
}

/** The colour of one screen pixel, read from a screenshot (decoded by the browser itself). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 } });
  return page.evaluate(async (base64) => {
    // Decoded from bytes: the page's content security policy allows no fetch of a data: URL.
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(Math.floor(image.width / 2), Math.floor(image.height / 2), 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png.toString("base64"));
}

/** The palette's red (#ff3b30) or close to it, as a video never shows under it here. */
function isRed([r, g, b]: [number, number, number]): boolean {
  return r > 200 && g < 110 && b < 110;
}
