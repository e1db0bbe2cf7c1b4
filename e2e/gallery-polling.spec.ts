import { expect, type Page, test } from "@playwright/test";

const STATUS_PATH = "/api/generations/status";

/** Starts `count` running takes the way a person would: Retry on a failed take. Returns their ids. */
async function startRunningTakes(page: Page, count: number): Promise<string[]> {
  await page.goto("/gallery?status=failed");
  const failed =
    (await page
      .getByRole("link", { name: /^Open take:/ })
      .first()
      .getAttribute("href")) ?? "";
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    await page.goto(failed);
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page).not.toHaveURL(new RegExp(`${failed}$`));
    ids.push(new URL(page.url()).pathname.replace("/takes/", ""));
  }
  return ids;
}

/** Makes the page report itself hidden (or visible again), as a background tab would. */
async function setVisibility(page: Page, state: "hidden" | "visible") {
  await page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => value });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => value === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

function watchStatusRequests(page: Page) {
  const seen: { at: number; ids: number; status?: number }[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname !== STATUS_PATH) return;
    seen.push({
      at: Date.now(),
      ids: (url.searchParams.get("ids") ?? "").split(",").filter(Boolean).length,
      status: response.status(),
    });
  });
  return {
    between: (from: number, to: number) => seen.filter((entry) => entry.at >= from && entry.at < to),
  };
}

test("a finished take shows a toast and counts in the tab title until the tab is looked at", async ({ page }) => {
  // First in the file: the sandbox's five slots are still free, so the take starts at once.
  test.setTimeout(180_000);
  const [id] = await startRunningTakes(page, 1);
  await page.goto("/gallery");
  await expect(page.locator(`#take-${id}`)).toBeVisible();
  await expect(page).toHaveTitle("Gallery · Kling Studio");
  await setVisibility(page, "hidden");

  await expect(page).toHaveTitle(/^\(\d+\) Gallery · Kling Studio$/, { timeout: 150_000 });
  await expect(page.getByText("Take ready").first()).toBeVisible();
  await expect(page.locator(`#take-${id}`).getByText("Ready", { exact: true })).toBeVisible();

  await setVisibility(page, "visible");
  await expect(page).toHaveTitle("Gallery · Kling Studio");
});

test("three tabs watching many running takes make one status request per interval each", async ({ page, context }) => {
  const running = await startRunningTakes(page, 8);
  const tabs = [page, await context.newPage(), await context.newPage()];
  const counters = tabs.map(watchStatusRequests);
  for (const tab of tabs) {
    await tab.goto("/gallery");
    for (const id of running) await expect(tab.locator(`#take-${id}`)).toBeVisible();
  }

  const from = Date.now();
  await page.waitForTimeout(10_000);
  const to = Date.now();
  for (const counter of counters) {
    const requests = counter.between(from, to);
    // 10 s at one request per 2 s (fewer when an answer is slow: a request never overlaps the last),
    // whatever the number of takes: one request carries all that still run (five at once hold the
    // sandbox's slots, the rest wait in the queue, so most are running here).
    // An answer that brought news is followed at once (changes come in bursts); only those come on top.
    const news = requests.filter((request) => request.status === 200).length;
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(requests.length).toBeLessThanOrEqual(6 + news);
    expect(requests[0].ids).toBeGreaterThanOrEqual(5);
  }
  const answers = counters.flatMap((counter) => counter.between(from, to));
  expect(answers.filter((answer) => answer.status === 304).length).toBeGreaterThan(0);

  // A hidden tab slows down to one request per 10 s; the visible ones carry on.
  await setVisibility(tabs[2], "hidden");
  await page.waitForTimeout(1_000);
  const hiddenFrom = Date.now();
  await page.waitForTimeout(10_000);
  const hiddenTo = Date.now();
  expect(counters[2].between(hiddenFrom, hiddenTo).length).toBeLessThanOrEqual(2);
  expect(counters[0].between(hiddenFrom, hiddenTo).length).toBeGreaterThanOrEqual(3);
});

test("a take started in another tab appears in the gallery without a reload", async ({ page, context }) => {
  const [first] = await startRunningTakes(page, 1);
  const gallery = await context.newPage();
  await gallery.goto("/gallery");
  await expect(gallery.locator(`#take-${first}`)).toBeVisible();

  const [second] = await startRunningTakes(page, 1);
  await expect(gallery.locator(`#take-${second}`)).toBeVisible({ timeout: 10_000 });
  // On top, as the newest take.
  await expect(gallery.getByRole("region", { name: "Takes" }).getByRole("article").first()).toHaveAttribute(
    "id",
    `take-${second}`,
  );
});
