/**
 * Every page on a phone (390 px, and 360 px for the narrowest phones) and a tablet (820 px): nothing
 * scrolls sideways, each page is kept as a screenshot in the report, and on the phone axe finds nothing
 * serious. Runs in the phone and tablet projects, against the main suite's studio; one test, so the
 * takes, the share link and the invite it makes serve every page.
 */
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { createInvite } from "./account-flows";
import { expectNoSeriousViolations } from "./axe";
import { deviceWidth, expectNoSidewaysScroll, keepScreenshot } from "./screen-checks";
import { generateTake, waitForVideo } from "./studio-page";

/** The narrowest phone still in use; the phone project also checks every page at this width. */
const NARROWEST_PX = 360;

test("every page fits the screen without sideways scrolling and reads well", async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  const prompt = `A tram through the rain on a ${testInfo.project.name} ${Date.now()}`;
  const first = await generateTake(page, { prompt });
  const second = await generateTake(page, { prompt: `${prompt}, at night`, pan: "4" });
  const shareUrl = await createShareLink(page, first);
  await page.goto("/team");
  const inviteUrl = await createInvite(page, "reviewer", "Reviewer");
  const firstId = first.split("/").pop();
  const secondId = second.split("/").pop();

  const signedIn: [name: string, path: string][] = [
    ["studio", "/"],
    ["gallery", "/gallery"],
    ["gallery, selecting", `/gallery?select=${firstId}`],
    ["gallery, shots", "/gallery?view=shots"],
    // A take made alone is a shot of one, under the take's own id.
    ["shot", `/shots/${firstId}`],
    ["take", first],
    ["compare", `/compare?ids=${firstId},${secondId}`],
    ["team", "/team"],
    ["activity", "/activity"],
    ["share links", "/share"],
  ];
  for (const [name, path] of signedIn) await checkPage(page, testInfo, name, path);

  // Signed out: a context of its own, without the project's signed-in state.
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  // With accounts in the studio, setup sends people to sign-in; invites use the same account form.
  const signedOut: [name: string, path: string][] = [
    ["sign-in", "/sign-in"],
    ["setup", "/setup"],
    ["invite", new URL(inviteUrl).pathname],
    ["public share page", new URL(shareUrl).pathname],
  ];
  for (const [name, path] of signedOut) await checkPage(visitor, testInfo, name, path);
  await visitor.context().close();
});

async function checkPage(page: Page, testInfo: TestInfo, name: string, path: string) {
  await page.goto(path);
  await page.waitForLoadState("load");
  if (name === "take" || name === "public share page") await waitForVideo(page);
  const width = deviceWidth(testInfo);
  await expectNoSidewaysScroll(page, width, name);
  await keepScreenshot(page, testInfo, name);
  if (testInfo.project.name !== "phone") return;
  await expectNoSeriousViolations(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: NARROWEST_PX, height: size?.height ?? 780 });
  await expectNoSidewaysScroll(page, NARROWEST_PX, name);
  if (size) await page.setViewportSize(size);
}

/** Makes a share link for the take at `takePath` from its page, and returns the link. */
async function createShareLink(page: Page, takePath: string): Promise<string> {
  await page.goto(takePath);
  await waitForVideo(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this take" });
  await dialog.getByLabel("Title (optional)").fill("Rainy tram");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = dialog.getByRole("textbox", { name: "Share link" });
  await expect(link).toHaveValue(/\/share\//);
  const url = await link.inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  return url;
}
