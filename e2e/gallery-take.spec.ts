import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/** Opens the newest take matching the gallery filters in `search`; returns its id. */
async function openFirstTake(page: Page, search: string): Promise<string> {
  await page.goto(`/gallery?${search}`);
  const href =
    (await page
      .getByRole("link", { name: /^Open take:/ })
      .first()
      .getAttribute("href")) ?? "";
  // Click that very take: a take made by another test may arrive at the top of the list meanwhile.
  await page.locator(`a[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  return href.replace("/takes/", "");
}

test("plays the video with the requested camera move's preview in sync", async ({ page }) => {
  await openFirstTake(page, "status=ready&camera=simple");
  const video = page.getByLabel("Take video");
  const previewTime = page.getByLabel("Preview time");
  await expect(page.getByRole("img", { name: /^Camera preview:/ })).toBeVisible();

  const played = await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    element.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return element.currentTime;
  });
  expect(played).toBeGreaterThan(0.5);
  await expect.poll(async () => Math.abs(Number(await previewTime.inputValue()) - played)).toBeLessThan(0.1);

  // Seeking the video moves the preview to the same moment.
  await video.evaluate((element: HTMLVideoElement) => {
    element.currentTime = 3.2;
  });
  await expect.poll(async () => Number(await previewTime.inputValue())).toBeCloseTo(3.2, 1);
});

test("shows every parameter, Kling's ids, the units and the timings", async ({ page }) => {
  const id = await openFirstTake(page, "status=ready");
  const parameters = page.getByRole("region", { name: "Parameters" });
  for (const term of [
    "Model",
    "Mode",
    "Duration",
    "Aspect ratio",
    "CFG scale",
    "Camera",
    "Prompt",
    "Negative prompt",
  ]) {
    await expect(parameters.getByText(term, { exact: true })).toBeVisible();
  }
  const kling = page.getByRole("region", { name: "Kling" });
  await expect(kling.getByText(/^\d{6,}$/)).toBeVisible();
  await expect(kling.getByText(id, { exact: true })).toBeVisible();
  await expect(kling.getByText(/units? · \$\d+\.\d\d/)).toBeVisible();
  const timings = page.getByRole("region", { name: "Timings" });
  await expect(timings.getByText(/rendered in \d+m \d+s/)).toBeVisible();
  await expect(timings.getByText("Total", { exact: true })).toBeVisible();
});

test("shows the move measured in the video beside the team's verdict, with its path over the planned one", async ({
  page,
}) => {
  await openFirstTake(page, "status=ready&measured=followed");
  await expect(page.getByText("Camera followed?")).toBeVisible();
  await expect(page.getByText(/^Measured move: .+ · Followed$/)).toBeVisible();
  await expect(page.getByText(/^\d+ % confident$/)).toBeVisible();
  await expect(page.getByText(/^Measured in the video \(\d+ frames at 24 fps, \d+×\d+\): .+\.$/)).toBeVisible();
  await expect(page.getByText("planned", { exact: true })).toBeVisible();
  await expect(page.getByText("measured", { exact: true })).toBeVisible();
  await expect(page.getByTestId("measured-path")).toHaveCount(2);

  // The take's details: how the move travelled, and the body Kling received.
  await expect(page.getByRole("region", { name: "Parameters" }).getByText(/sent as camera_control/)).toBeVisible();
  await page.getByText("Request sent to Kling", { exact: true }).click();
  const body = page.getByRole("region", { name: "Request body (JSON)" });
  await expect(body).toContainText('"model_name": "kling-v1"');
  await expect(body).toContainText('"camera_control"');
  // What this test is about: the camera move beside the video, and the details.
  await expectNoSeriousViolations(page, {
    include: [
      'section[aria-labelledby="move-heading"]',
      'section[aria-label="Parameters"]',
      'section[aria-label="Request sent to Kling"]',
    ],
  });
});

test("shows why a failed take failed", async ({ page }) => {
  await openFirstTake(page, "status=failed");
  const failure = page.getByRole("region", { name: "Why it failed" });
  await expect(failure).toContainText("Failure to pass the risk control system");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("downloads the MP4 under a readable name", async ({ page }) => {
  const id = await openFirstTake(page, "status=ready");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download MP4" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^kling-[a-z0-9-]+-${id.slice(0, 8)}\\.mp4$`));
  const response = await page.request.get(`/takes/${id}/download`, { headers: { Range: "bytes=0-99" } });
  expect(response.status()).toBe(206);
  expect(response.headers()["content-type"]).toBe("video/mp4");
});

test("remixes a take in the studio", async ({ page }) => {
  const id = await openFirstTake(page, "status=ready");
  await expect(page.getByRole("link", { name: "Remix" })).toHaveAttribute("href", `/?remix=${id}`);
  await page.getByRole("link", { name: "Remix" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?remix=${id}$`));
});

test("retries a failed take as a new take with the same settings", async ({ page }) => {
  const id = await openFirstTake(page, "status=failed");
  const prompt = await page.getByRole("heading", { level: 1 }).innerText();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/takes/${id}$`));
  await expect(page).toHaveURL(/\/takes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt);
  await expect(page.getByRole("status", { name: /^Status: (Queued|Submitting|Submitted|Generating)$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Why it failed" })).toHaveCount(0);
});

test("deletes a take, hides it everywhere, and Undo brings it back", async ({ page }) => {
  const id = await openFirstTake(page, "status=ready");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByText("Take deleted")).toBeVisible();
  await expect(page.locator(`#take-${id}`)).toHaveCount(0);
  const gone = await page.request.get(`/takes/${id}`);
  expect(await gone.text()).toContain("This take is not here");

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page).toHaveURL(new RegExp(`/takes/${id}$`));
  await expect(page.getByText("Take restored")).toBeVisible();
  await page.goto("/gallery");
  await expect(page.locator(`#take-${id}`)).toBeVisible();
});
