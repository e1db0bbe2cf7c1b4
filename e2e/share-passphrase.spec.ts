/**
 * A share link with a passphrase and downloads off: signed out, the page shows only its title and the
 * passphrase form, and the video, poster and download URLs (asked for directly) give no video bytes; a
 * wrong passphrase is refused, the right one plays the take; the download route answers 403 throughout.
 */
import { type APIResponse, expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { generateTake, playMutedFor } from "./studio-page";

const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };
const PASSPHRASE = "Lantern over still water 7";

test("a passphrase link gives no media until unlocked, then plays; with downloads off the download route is 403", async ({
  page,
  browser,
}) => {
  const takePath = await generateTake(page, { prompt: `A paper lantern drifting over a lake ${Date.now()}` });
  const takeId = takePath.split("/").pop() ?? "";
  const title = `Lantern preview ${Date.now()}`;

  await page.goto(takePath);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this take" });
  await dialog.getByLabel("Title (optional)").fill(title);
  await dialog.getByLabel("Passphrase (optional)").fill("short");
  const allowDownload = dialog.getByRole("checkbox", { name: /Allow download/ });
  await expect(allowDownload).toBeChecked();
  await allowDownload.uncheck();
  await dialog.getByRole("button", { name: "Create link" }).click();
  await expect(dialog.getByText("Use at least 6 characters for the passphrase, or leave it empty.")).toBeVisible();
  await dialog.getByLabel("Passphrase (optional)").fill(PASSPHRASE);
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
  await expect(dialog.getByText(/opening only with the passphrase, with downloads off/)).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("region", { name: "Share links" }).getByRole("row", { name: new RegExp(title) });
  await expect(row.getByRole("cell", { name: "Required", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Off", exact: true })).toBeVisible();

  const visitor = await browser.newContext(SIGNED_OUT);
  const outside = await visitor.newPage();
  expect((await outside.goto(url))?.status()).toBe(200);
  await expect(outside.getByRole("heading", { name: title })).toBeVisible();
  await expect(outside.getByLabel("Passphrase")).toBeVisible();
  await expect(outside.locator("video, img")).toHaveCount(0);
  await expect(outside.getByText("Comments")).toHaveCount(0);
  expect(await outside.content()).not.toContain(takeId);
  await expectNoSeriousViolations(outside);

  // Asked for directly, the media and download URLs are refused with no video bytes.
  const media = {
    video: `${url}/media/videos/${takeId}.mp4`,
    poster: `${url}/media/posters/${takeId}.jpg`,
    download: `${url}/download/${takeId}`,
  };
  for (const [what, address] of Object.entries(media)) {
    const refused = await visitor.request.get(address, { headers: { Range: "bytes=0-99" } });
    expect(refused.status(), what).toBe(401);
    await expectNoMediaBytes(refused);
  }

  await outside.getByLabel("Passphrase").fill("lantern over still water 7");
  await outside.getByRole("button", { name: "Open the link" }).click();
  await expect(outside.getByText("That passphrase is not right.")).toBeVisible();
  await expect(outside.locator("video")).toHaveCount(0);
  expect((await visitor.request.get(media.video)).status()).toBe(401);

  await outside.getByLabel("Passphrase").fill(PASSPHRASE);
  await outside.getByRole("button", { name: "Open the link" }).click();
  const video = outside.getByLabel("Take video");
  await expect(video).toBeVisible();
  const src = await video.evaluate((element: HTMLVideoElement) => element.currentSrc || element.src);
  expect(src).toBe(media.video);
  const played = await playMutedFor(video, 1200);
  expect(played).toBeGreaterThan(0.3);
  expect((await visitor.request.get(media.video, { headers: { Range: "bytes=0-99" } })).status()).toBe(206);

  // Downloads are off: no download on the page, and the route is 403 even for an unlocked visitor.
  await expect(outside.getByRole("link", { name: /Download/ })).toHaveCount(0);
  await expect(video).toHaveAttribute("controlslist", "nodownload");
  const download = await visitor.request.get(media.download);
  expect(download.status()).toBe(403);
  await expectNoMediaBytes(download);
  expect((await download.json()).error.code).toBe("forbidden:share_download");

  // Someone without the cookie is still locked out.
  const stranger = await browser.newContext(SIGNED_OUT);
  expect((await stranger.request.get(media.video)).status()).toBe(401);
  await stranger.close();
  await visitor.close();
});

/** A JSON refusal, with nothing of an MP4 (its `ftyp` box) or a JPEG in it. */
async function expectNoMediaBytes(response: APIResponse) {
  expect(response.headers()["content-type"]).toMatch(/json/);
  const body = await response.body();
  expect(body.includes(Buffer.from("ftyp"))).toBe(false);
  expect(body.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
}
