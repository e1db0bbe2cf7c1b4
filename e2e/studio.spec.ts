import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** The studio's Generate button, whose name carries the estimated cost. */
function generateButton(page: Page) {
  return page.getByRole("button", { name: /^Generate/ });
}

/**
 * Opens the studio and waits until it is interactive: the preview sizes its canvas (from its default
 * 300 × 150) only once React has hydrated the page, so controls used before that could be lost.
 */
async function openStudio(page: Page, path = "/") {
  await page.goto(path);
  const canvas = page.getByRole("img", { name: /^Camera preview:/ });
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.width !== 300 || element.height !== 150))
    .toBe(true);
}

async function setSimpleMove(page: Page, axis: string, value: string) {
  await page.getByLabel("Camera movement").selectOption("simple");
  await page.getByLabel(`${axis} value`).fill(value);
}

test("the studio page has no serious accessibility problems", async ({ page }) => {
  await openStudio(page, "/");
  await setSimpleMove(page, "Pan", "5");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
});

test("a simple move keeps one axis, and the keyboard reaches the whole slider range", async ({ page }) => {
  await openStudio(page, "/");
  await setSimpleMove(page, "Pan", "5");
  const pan = page.getByLabel("Pan", { exact: true });
  const zoom = page.getByLabel("Zoom", { exact: true });
  await expect(pan).toHaveValue("5");

  await zoom.focus();
  await page.keyboard.press("ArrowRight");
  await expect(zoom).toHaveValue("0.1");
  await expect(pan).toHaveValue("0");
  await expect(page.getByRole("status").filter({ hasText: "Moved the move from Pan to Zoom" })).toBeVisible();

  await page.keyboard.press("End");
  await expect(zoom).toHaveValue("10");
  await page.keyboard.press("Home");
  await expect(zoom).toHaveValue("-10");
  await page.keyboard.press("PageUp");
  await expect(zoom).toHaveValue("-9");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(zoom).toHaveValue("-10");
  await expect(page.getByLabel("Zoom value")).toHaveValue("-10");

  await page.getByRole("button", { name: "Reset Zoom" }).click();
  await expect(zoom).toHaveValue("0");
  await expect(page.getByText("a simple move takes exactly one non-zero axis")).toBeVisible();

  await page.getByLabel("Camera movement").selectOption("forward_up");
  await expect(pan).toBeDisabled();
  await expect(page.getByText("Preset moves take no slider values")).toBeVisible();
});

test("capabilities disable what cannot be sent, with the reason, and ask before clearing a move", async ({ page }) => {
  await openStudio(page, "/");
  await expect(generateButton(page)).toHaveText("Generate · 1 unit · $0.14");
  await setSimpleMove(page, "Pan", "5");

  // With a camera move, pro and 10 s are unavailable and say why.
  const pro = page.getByRole("radio", { name: "Professional" });
  const tenSeconds = page.getByRole("radio", { name: "10 s" });
  await expect(pro).toBeDisabled();
  await expect(tenSeconds).toBeDisabled();
  await expect(page.getByText("Professional is unavailable: Camera control needs std mode.")).toBeVisible();
  await expect(page.getByText("10 s is unavailable: Camera control needs a 5 s clip.")).toBeVisible();

  // Choosing one anyway asks; keeping the mode changes nothing.
  // Playwright will not click an aria-disabled control on its own; a person can, and is asked.
  await pro.click({ force: true });
  const dialog = page.getByRole("alertdialog", { name: "Clear the camera move?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Professional mode cannot take camera control");
  await dialog.getByRole("button", { name: "Keep current mode" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("radio", { name: "Standard" })).toBeChecked();
  await expect(page.getByLabel("Pan value")).toHaveValue("5");

  // Escape is the same as keeping.
  await page.getByLabel("Model").selectOption("kling-v1-6");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Model")).toHaveValue("kling-v1");
  await expect(page.getByLabel("Pan value")).toHaveValue("5");

  // Clearing switches the model and disables the camera controls, with the reason.
  await page.getByLabel("Model").selectOption("kling-v1-6");
  await dialog.getByRole("button", { name: "Clear camera move" }).click();
  await expect(page.getByLabel("Model")).toHaveValue("kling-v1-6");
  await expect(page.getByLabel("Camera movement")).toBeDisabled();
  await expect(page.getByLabel("Camera movement")).toHaveValue("none");
  await expect(page.getByText("Camera control is unavailable: kling-v1-6 does not take camera control; choose kling-v1.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Camera sweep" })).toBeDisabled();
  await expect(generateButton(page)).toHaveText("Generate · 2 units · $0.28");

  // Without a move, pro and 10 s are free to choose, and the cost follows.
  await pro.check();
  await expect(generateButton(page)).toHaveText("Generate · 3.5 units · $0.49");
  await tenSeconds.check();
  await expect(generateButton(page)).toHaveText("Generate · 7 units · $0.98");

  // Back on kling-v1, pro alone still blocks camera control, and says so.
  await page.getByLabel("Model").selectOption("kling-v1");
  await page.getByRole("radio", { name: "5 s" }).check();
  await expect(page.getByText("Camera control is unavailable: Camera control needs std mode.")).toBeVisible();
  await page.getByRole("radio", { name: "Variations" }).check();
  await page.getByLabel("Number of takes").fill("3");
  await expect(generateButton(page)).toHaveText("Generate 3 takes · 10.5 units · $1.47");
});

test("the preview animates, pauses, scrubs and follows the sliders", async ({ page }) => {
  await openStudio(page, "/");
  const canvas = page.getByRole("img", { name: /^Camera preview:/ });
  const pixels = () => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());

  await setSimpleMove(page, "Pan", "8");
  await expect(canvas).toHaveAccessibleName(/Turn right — pan \+8, 5 s, 16:9/);
  const first = await pixels();
  await page.waitForTimeout(400);
  expect(await pixels()).not.toEqual(first);

  await page.getByRole("button", { name: "Pause preview" }).click();
  const paused = await pixels();
  await page.waitForTimeout(300);
  expect(await pixels()).toEqual(paused);

  await page.getByLabel("Preview time").fill("5");
  await expect.poll(pixels).not.toEqual(paused);
  const panEnd = await pixels();
  await page.getByLabel("Pan value").fill("-8");
  await expect.poll(pixels).not.toEqual(panEnd);

  // The frame takes the chosen aspect ratio.
  await page.getByRole("radio", { name: "9:16" }).check();
  await expect.poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.width / element.height)).toBeCloseTo(9 / 16, 1);
  await expect(page.getByRole("img", { name: "Camera path from above" })).toBeVisible();
});

test("with reduced motion the preview shows a still until asked to play", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openStudio(page, "/");
  await page.getByLabel("Camera movement").selectOption("down_back");
  const canvas = page.getByRole("img", { name: /^Camera preview:/ });
  const pixels = () => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  await expect(page.getByText("Reduced motion is on")).toBeVisible();
  const still = await pixels();
  await page.waitForTimeout(300);
  expect(await pixels()).toEqual(still);
  await page.getByRole("button", { name: "Play preview" }).click();
  await expect.poll(pixels).not.toEqual(still);
});

test("the draft survives a reload, and Reset form starts over", async ({ page }) => {
  await openStudio(page, "/");
  await page.getByLabel("Prompt", { exact: true }).fill("A draft about a windmill");
  await expect(page.getByText("24 / 2500 characters")).toBeVisible();
  await page.getByLabel("Negative prompt").fill("blur");
  await page.getByRole("radio", { name: "1:1" }).check();
  await page.getByLabel("Camera movement").selectOption("left_turn_forward");
  await page.waitForTimeout(600);

  await openStudio(page, "/");
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("A draft about a windmill");
  await expect(page.getByLabel("Negative prompt")).toHaveValue("blur");
  await expect(page.getByRole("radio", { name: "1:1" })).toBeChecked();
  await expect(page.getByLabel("Camera movement")).toHaveValue("left_turn_forward");

  await page.getByRole("button", { name: "Reset form" }).click();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("");
  await openStudio(page, "/");
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("");
  await expect(page.getByRole("radio", { name: "16:9" })).toBeChecked();
});

test("validation and Kling's refusals land on the field they concern", async ({ page }) => {
  await openStudio(page, "/");
  await generateButton(page).click();
  const prompt = page.getByLabel("Prompt", { exact: true });
  await expect(prompt).toHaveAttribute("aria-invalid", "true");
  await expect(prompt).toHaveAccessibleDescription(/Describe the video you want/);

  await setSimpleMove(page, "Pan", "0");
  await prompt.fill(`A harbour at night [sandbox:refuse] ${Date.now()}`);
  await generateButton(page).click();
  await expect(page.getByRole("group", { name: "Camera" })).toHaveAccessibleDescription(/exactly one non-zero axis/);

  await page.getByLabel("Camera movement").selectOption("none");
  await generateButton(page).click();
  // The content filter answers only when the take is sent: the server's refusal is shown on the prompt.
  await expect(prompt).toHaveAttribute("aria-invalid", "true");
  await expect(prompt).toHaveAccessibleDescription(/content|policy|prompt/i);
});

test("a camera sweep makes one take per move, and a take can be remixed", async ({ page }) => {
  await openStudio(page, "/");
  const prompt = `A sweep over the dunes ${Date.now()}`;
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByRole("radio", { name: "Camera sweep" }).check();
  await page.getByRole("checkbox", { name: "Pan" }).check();
  await page.getByRole("checkbox", { name: "Zoom" }).check();
  await expect(page.getByRole("checkbox", { name: "Both directions (+ and −)" })).toBeChecked();
  await expect(generateButton(page)).toHaveText("Generate 4 takes · 4 units · $0.56");
  await expect(page.getByLabel("Sweep move to preview")).toBeVisible();
  await generateButton(page).click();

  // The confirmation is a toast that closes after a few seconds: read its link first.
  const link = page.getByRole("link", { name: "Open the first take" });
  await expect(link).toHaveAttribute("href", /^\/takes\/[0-9a-f-]{36}$/);
  const href = await link.getAttribute("href");
  const id = href?.split("/").pop() ?? "";

  const recent = page.getByRole("region", { name: "Recent takes" });
  const takes = recent.getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  await expect(takes).toHaveCount(4);
  for (const move of ["pan +5", "pan -5", "zoom +5", "zoom -5"]) {
    await expect(takes.filter({ hasText: `camera: ${move}` })).toHaveCount(1);
  }

  await openStudio(page, `/?remix=${id}`);
  await expect(page.getByRole("status").filter({ hasText: "Remixing" })).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
  await expect(page.getByLabel("Camera movement")).toHaveValue("simple");
  await expect(page.getByLabel("Pan value")).toHaveValue("5");

  await openStudio(page, "/?remix=not-a-take");
  await expect(page.getByText("That remix link does not name a take")).toBeVisible();
  await openStudio(page, "/?remix=00000000-0000-4000-8000-000000000000");
  await expect(page.getByText("The take to remix was not found")).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toBeVisible();
});
