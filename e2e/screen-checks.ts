/** What the small-screen specs check on a page: it fits the screen, it is kept as a screenshot, targets are big enough. */
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";

/** WCAG 2.5.5's target size, in CSS pixels. */
const TOUCH_TARGET_PX = 44;

/** The width of the device the project emulates (mobile emulation widens the layout viewport, not the screen). */
export function deviceWidth(testInfo: TestInfo): number {
  const width = testInfo.project.use.viewport?.width;
  if (!width) throw new Error(`the ${testInfo.project.name} project sets no viewport`);
  return width;
}

/** The document is no wider than `width`: nothing scrolls sideways. Names the widest elements when it fails. */
export async function expectNoSidewaysScroll(page: Page, width: number, name: string) {
  const measured = await page.evaluate((limit) => {
    const root = document.documentElement;
    const tooWide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > limit + 1)
      .slice(0, 5)
      .map((element) => {
        const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 30) ?? "";
        return `${element.tagName.toLowerCase()}.${element.className.toString().slice(0, 60)} "${label}" right=${Math.round(element.getBoundingClientRect().right)}`;
      });
    return { scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), tooWide };
  }, width);
  expect
    .soft(
      measured.scrollWidth,
      `${name} at ${width} px is ${measured.scrollWidth} px wide: ${measured.tooWide.join("; ")}`,
    )
    .toBeLessThanOrEqual(width);
}

/**
 * The whole page as a PNG in the test's output folder (kept after the run, to be looked at), attached to
 * the report under the page's and the project's names. The window is made as tall as the page for it, so
 * sticky bars sit where they belong instead of over whatever was at the screen's edge.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name.replace(/[^a-z0-9]+/gi, "-")}-${testInfo.project.name}.png`);
  const size = page.viewportSize();
  if (!size) throw new Error("the page has no viewport");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: file, animations: "disabled", scale: "css" });
  await page.setViewportSize(size);
  await testInfo.attach(`${name} (${testInfo.project.name})`, { path: file, contentType: "image/png" });
}

/** Each visible control measures at least 44 × 44 px. */
export async function expectTouchTargets(controls: Locator[]) {
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = await control.boundingBox();
    const name = (await control.getAttribute("aria-label")) ?? (await control.textContent()) ?? "a control";
    expect(box, `${name} has no box`).not.toBeNull();
    expect(
      [Math.round(box?.width ?? 0) >= TOUCH_TARGET_PX, Math.round(box?.height ?? 0) >= TOUCH_TARGET_PX],
      `${name.trim()} measures ${Math.round(box?.width ?? 0)} × ${Math.round(box?.height ?? 0)} px`,
    ).toEqual([true, true]);
  }
}
