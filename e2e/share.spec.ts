/**
 * Share links: made on a take's page by the admin, opened by someone signed out (video plays, no
 * prompt or settings, no comments but shared ones), listed for members, then revoked: the page and
 * its media are gone.
 */
import { expect, type Page, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoSeriousViolations } from "./axe";
import { generateTake, playMutedFor } from "./studio-page";

const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };

test("a share link plays signed out, shows nothing private, and stops when revoked", async ({ page, browser }) => {
  const prompt = `A hot air balloon over vineyards, private prompt ${Date.now()}`;
  const takePath = await generateTake(page, { prompt });
  const title = `Client preview ${Date.now()}`;

  await page.goto(takePath);
  // Two comments; only the one approved for sharing may reach the share page.
  await expect
    .poll(() => page.getByLabel("Take video").evaluate((video: HTMLVideoElement) => video.readyState))
    .toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
  const sharedNote = "<b>Lovely</b> light, keep this";
  await addComment(page, 1, sharedNote);
  await addComment(page, 2, "Private note for the team");
  const sharedThread = page.getByRole("article", { name: /Comment by .* at 0:01\.0/ });
  await sharedThread.getByRole("checkbox", { name: "Show on share links" }).check();
  await expect(sharedThread.getByText("On share links", { exact: true })).toBeVisible();

  const links = page.getByRole("region", { name: "Share links" });
  await expect(links.getByText("No share links hold this take.")).toBeVisible();
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this take" });
  await dialog.getByLabel("Title (optional)").fill(title);
  await dialog.getByLabel("Expires").selectOption("7");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const linkField = dialog.getByRole("textbox", { name: "Share link" });
  await expect(linkField).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  const url = await linkField.inputValue();
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(links.getByRole("cell", { name: title, exact: true })).toBeVisible();
  await expect(links.getByRole("cell", { name: /Ada Admin/ })).toBeVisible();

  // Signed out: a fresh context with no session (the project's default storage state is the admin's).
  const visitor = await browser.newContext(SIGNED_OUT);
  const outside = await visitor.newPage();
  const response = await outside.goto(url);
  expect(response?.status()).toBe(200);
  await expect(outside.getByRole("heading", { name: title })).toBeVisible();
  await expect(outside.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const comments = outside.getByRole("list", { name: "Take comments" });
  await expect(comments.getByRole("listitem")).toHaveCount(1);
  await expect(comments.getByText(sharedNote, { exact: true })).toBeVisible();
  await expect(comments.locator("b")).toHaveCount(0);
  await expect(comments.getByRole("button", { name: "Jump to 0:01.0" })).toBeVisible();
  await expect(outside.getByText("Private note for the team")).toHaveCount(0);
  await expectNoSeriousViolations(outside);
  const body = await outside.locator("body").innerText();
  expect(body).not.toContain(prompt);
  expect(body).not.toContain("kling-v");
  const video = outside.getByLabel("Take video");
  const src = await video.evaluate((element: HTMLVideoElement) => element.currentSrc || element.src);
  expect(new URL(src).pathname).toMatch(/^\/share\/[A-Za-z0-9_-]{43}\/media\/videos\/[0-9a-f-]{36}\.mp4$/);
  const played = await playMutedFor(video, 1200);
  expect(played).toBeGreaterThan(0.3);
  // Downloads are on by default: the page offers the MP4 as a file to save.
  const downloadHref = await outside.getByRole("link", { name: "Download MP4 of Take" }).getAttribute("href");
  const download = await visitor.request.get(new URL(downloadHref ?? "", url).toString());
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="kling-client-preview-/);

  // The share media route: Range works; other keys, traversal and the members' /media do not.
  const ranged = await visitor.request.get(src, { headers: { Range: "bytes=0-99" } });
  expect(ranged.status()).toBe(206);
  expect((await ranged.body()).length).toBe(100);
  const mediaBase = src.slice(0, src.indexOf("/media/") + "/media".length);
  // (A bare `%2e%2e` segment is resolved by the URL parser before sending; with an encoded slash it is not.)
  const traversals = [
    "/%2e%2e%2f%2e%2e%2fpackage.json",
    "/videos/%2e%2e%2fposters%2fx.jpg",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/%2fetc%2fpasswd",
  ];
  for (const attempt of [...traversals, `/videos/${crypto.randomUUID()}.mp4`]) {
    const refused = await visitor.request.get(`${mediaBase}${attempt}`);
    expect(refused.status(), attempt).toBe(404);
  }
  const membersOnly = await visitor.request.get(
    new URL(new URL(src).pathname.replace(/^\/share\/[^/]+/, ""), src).toString(),
  );
  expect(membersOnly.status()).toBe(401);

  // A reviewer sees the link but may not revoke the admin's.
  const reviewer = await browser.newContext({
    storageState: storageStateFor("reviewer"),
    baseURL: new URL(url).origin,
  });
  const reviewerPage = await reviewer.newPage();
  await reviewerPage.goto(takePath);
  const reviewerLinks = reviewerPage.getByRole("region", { name: "Share links" });
  await expect(reviewerLinks.getByRole("cell", { name: title, exact: true })).toBeVisible();
  await expect(reviewerLinks.getByRole("button", { name: `Revoke share link: ${title}` })).toHaveCount(0);
  await reviewer.close();

  // The admin's /share lists it; Revoke asks first, then the link is gone everywhere.
  await page.goto("/share");
  await expect(page.getByRole("cell", { name: title, exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Revoke share link: ${title}` }).click();
  await page
    .getByRole("alertdialog", { name: "Revoke this share link?" })
    .getByRole("button", { name: "Revoke link" })
    .click();
  await expect(page.getByRole("cell", { name: title, exact: true })).toBeHidden();

  const gone = await outside.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(outside.getByRole("heading", { name: "This link is not available" })).toBeVisible();
  await expect(outside.getByLabel("Take video")).toHaveCount(0);
  expect((await visitor.request.get(src)).status()).toBe(404);
  await visitor.close();

  await page.goto("/activity?kind=share_revoked");
  await expect(page.getByRole("list", { name: "Activity" }).getByText(`Link “${title}”`).first()).toBeVisible();
});

test("shares a selection from the gallery's selection bar", async ({ page, browser }) => {
  const first = `A desert highway at night ${Date.now()}`;
  const second = `A violinist on a rooftop ${Date.now()}`;
  await generateTake(page, { prompt: first });
  await generateTake(page, { prompt: second });
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Select takes" }).click();
  await page.getByRole("checkbox", { name: `Select take: ${first}` }).check();
  await page.getByRole("checkbox", { name: `Select take: ${second}` }).check();
  await page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share 2 takes" });
  await dialog.getByLabel("Expires").selectOption("never");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();

  const visitor = await browser.newContext(SIGNED_OUT);
  const outside = await visitor.newPage();
  await outside.goto(url);
  await expect(outside.getByRole("heading", { name: "Shared takes" })).toBeVisible();
  await expect(outside.getByLabel("Take 1 video")).toBeVisible();
  await expect(outside.getByLabel("Take 2 video")).toBeVisible();
  await visitor.close();
});

async function addComment(page: Page, seconds: number, body: string) {
  await page.getByLabel("Take video").evaluate((video: HTMLVideoElement, at: number) => {
    video.currentTime = at;
  }, seconds);
  const box = page.getByRole("textbox", { name: `Comment at 0:0${seconds}.0` });
  await box.fill(body);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(
    page.getByRole("article", { name: new RegExp(`at 0:0${seconds}\\.0`) }).getByText(body, { exact: true }),
  ).toBeVisible();
}
