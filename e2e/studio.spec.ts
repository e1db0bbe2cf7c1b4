import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

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

/** The Model list (not the "Show retired models" checkbox beside it). */
function modelSelect(page: Page) {
  return page.getByRole("combobox", { name: "Model", exact: true });
}

/** Opens "Request sent to Kling" and reads the body it shows. */
async function requestBody(page: Page): Promise<Record<string, unknown>> {
  const disclosure = page.locator("details").filter({ has: page.getByText("Request sent to Kling", { exact: true }) });
  if (!(await disclosure.evaluate((element: HTMLDetailsElement) => element.open))) {
    await page.getByText("Request sent to Kling", { exact: true }).click();
  }
  const text = await page.getByRole("region", { name: "Request body (JSON)" }).textContent();
  return JSON.parse(text ?? "{}");
}

async function setSimpleMove(page: Page, axis: string, value: string) {
  await page.getByLabel("Camera movement").selectOption("simple");
  await page.getByLabel(`${axis} value`).fill(value);
}

test("the studio page has no serious accessibility problems", async ({ page }) => {
  await openStudio(page, "/");
  await modelSelect(page).selectOption("kling-v2-6");
  await setSimpleMove(page, "Pan", "5");
  await requestBody(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
  ).toEqual([]);
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

test("a move works on every model: written into the prompt, or sent as camera_control on kling-v1 std 5 s", async ({
  page,
}) => {
  await openStudio(page, "/");
  await page.getByLabel("Prompt", { exact: true }).fill("A harbour at dawn");
  await modelSelect(page).selectOption("kling-v2-6");
  await setSimpleMove(page, "Pan", "5");

  const camera = page.getByRole("group", { name: "Camera" });
  await expect(camera).toContainText("This move is written into the prompt (kling-v2-6 does not take camera_control).");
  const direction = page.getByLabel("Camera direction");
  await expect(direction).toHaveValue("The camera pans steadily to the right.");
  // The limit counts the prompt Kling receives: the creator's words, the full stop, then the direction.
  await expect(page.getByText("17 + 40 (camera direction) = 57 / 2,500 characters")).toBeVisible();
  let body = await requestBody(page);
  expect(body.camera_control).toBeUndefined();
  expect(body.model_name).toBe("kling-v2-6");
  expect(body.prompt).toBe("A harbour at dawn. The camera pans steadily to the right.");
  expect(body.external_task_id).toMatch(/^<.+>$/);

  // The direction follows the move until the creator writes their own, and goes back on request.
  await page.getByLabel("Pan value").fill("9");
  await expect(direction).toHaveValue("The camera pans quickly to the right.");
  await direction.fill("A slow pan right, following the boats.");
  await page.getByLabel("Pan value").fill("2");
  await expect(direction).toHaveValue("A slow pan right, following the boats.");
  expect((await requestBody(page)).prompt).toBe("A harbour at dawn. A slow pan right, following the boats.");
  await page.getByRole("button", { name: "Use the studio's wording" }).click();
  await expect(direction).toHaveValue("The camera pans slowly to the right.");
  await expect(direction).toBeFocused();

  // kling-v1 in Standard at 5 s takes the move as camera_control, and the prompt stays the creator's.
  await modelSelect(page).selectOption("kling-v1");
  await expect(camera).toContainText("This move is sent as camera_control");
  await expect(direction).toHaveCount(0);
  body = await requestBody(page);
  expect(body.camera_control).toEqual({
    type: "simple",
    config: { horizontal: 0, vertical: 0, pan: 2, tilt: 0, roll: 0, zoom: 0 },
  });
  expect(body.prompt).toBe("A harbour at dawn");
  await expect(page.getByText("17 / 2,500 characters")).toBeVisible();

  // Professional keeps the move and writes it into the prompt: nothing asks, nothing is cleared.
  await page.getByRole("radio", { name: "Professional" }).check();
  await expect(camera).toContainText("This move is written into the prompt (camera_control needs std mode).");
  await expect(page.getByLabel("Pan value")).toHaveValue("2");
  expect((await requestBody(page)).camera_control).toBeUndefined();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
});

test("kling-v3 makes 3 to 15 s with sound, the cost follows, and other models get the nearest valid settings", async ({
  page,
}) => {
  await openStudio(page, "/");
  await expect(generateButton(page)).toHaveText("Generate · 1 unit · $0.14");
  const soundOn = page.getByRole("radio", { name: "On", exact: true });
  await expect(soundOn).toBeDisabled();
  await expect(page.getByText("On is unavailable: kling-v1 makes no sound.")).toBeVisible();

  await modelSelect(page).selectOption("kling-v3");
  await page.getByRole("combobox", { name: "Duration" }).selectOption("12");
  await soundOn.check();
  await expect(generateButton(page)).toHaveText("Generate · 10.8 units · $1.51");
  expect(await requestBody(page)).toMatchObject({ model_name: "kling-v3", duration: "12", sound: "on", mode: "std" });
  await page.getByRole("radio", { name: "Professional" }).check();
  await expect(generateButton(page)).toHaveText("Generate · 14.4 units · $2.02");

  // kling-v2-6 makes 5 or 10 s, and sound only in pro: the duration moves to the nearest, and says so.
  await modelSelect(page).selectOption("kling-v2-6");
  await expect(
    page.getByRole("status").filter({ hasText: "Duration set to 10 s: kling-v2-6 makes clips of 5 or 10 s." }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "10 s" })).toBeChecked();
  await expect(soundOn).toBeChecked();
  await expect(generateButton(page)).toHaveText("Generate · 10 units · $1.40");
  await page.getByRole("radio", { name: "Standard" }).check();
  await expect(
    page.getByRole("status").filter({ hasText: "Sound turned off: kling-v2-6 makes sound only in pro mode." }),
  ).toBeVisible();
  await expect(soundOn).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Off", exact: true })).toBeChecked();
  await expect(generateButton(page)).toHaveText("Generate · 3 units · $0.42");

  await page.getByRole("radio", { name: "Variations" }).check();
  await page.getByLabel("Number of takes").fill("3");
  await expect(generateButton(page)).toHaveText("Generate 3 takes · 9 units · $1.26");
  await expect(page.getByText("The first of 3 takes: the other 2 send the same body")).toBeVisible();
});

test("retired models wait behind a checkbox, and a model Kling refuses is disabled until an admin checks again", async ({
  page,
}) => {
  await openStudio(page, "/");
  const model = modelSelect(page);
  await expect(model.getByRole("option", { name: /kling-v1-6/ })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Show retired models" }).check();
  await expect(model.getByRole("option", { name: "Kling 1.6 (kling-v1-6) — retired on 2026-09-15" })).toBeEnabled();
  await model.selectOption("kling-v1-6");
  await expect(
    page.getByText("Kling 1.6 retired on 2026-09-15. Kling may refuse it. Kling 2.6 (kling-v2-6) replaces it."),
  ).toBeVisible();

  // The sandbox refuses a retired model with 1203: the refusal lands on the Model field.
  const prompt = `A retired model's take ${Date.now()}`;
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await generateButton(page).click();
  await expect(model).toHaveAttribute("aria-invalid", "true");
  await expect(model).toHaveAccessibleDescription(/Kling refused kling-v1-6 for this account on \d{4}-\d{2}-\d{2}/);
  // The page's list of unavailable models is refreshed: the option is disabled with the date.
  const refused = model.getByRole("option", {
    name: /^Kling 1\.6 \(kling-v1-6\) — retired on 2026-09-15 — unavailable since /,
  });
  await expect(refused).toBeDisabled();

  // The admin (the signed-in e2e user) clears the mark.
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(model.getByRole("option", { name: "Kling 1.6 (kling-v1-6) — retired on 2026-09-15" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Check again" })).toHaveCount(0);
  await expect(model).not.toHaveAttribute("aria-invalid", "true");

  // A remix of that take moves to the successor, and says so.
  await openStudio(page, "/");
  const take = page
    .getByRole("region", { name: "Recent takes" })
    .getByRole("article", { name: `Take: ${prompt.slice(0, 60)}` });
  const href = await take.getByRole("link", { name: /^Open take:/ }).getAttribute("href");
  await openStudio(page, `/?remix=${href?.split("/").pop()}`);
  await expect(page.getByRole("status").filter({ hasText: "Remixing" })).toContainText(
    "Kling 1.6 (kling-v1-6) was retired on 2026-09-15, so this remix uses Kling 2.6 (kling-v2-6).",
  );
  await expect(model).toHaveValue("kling-v2-6");
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
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
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.width / element.height))
    .toBeCloseTo(9 / 16, 1);
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
  await expect(page.getByText("24 / 2,500 characters")).toBeVisible();
  await page.getByLabel("Negative prompt").fill("blur");
  await page.getByRole("radio", { name: "1:1" }).check();
  await modelSelect(page).selectOption("kling-v3");
  await page.getByRole("combobox", { name: "Duration" }).selectOption("8");
  await page.getByRole("radio", { name: "On", exact: true }).check();
  await page.getByLabel("Camera movement").selectOption("left_turn_forward");
  await page.getByLabel("Camera direction").fill("The camera curves left past the windmill.");
  await page.waitForTimeout(600);

  await openStudio(page, "/");
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("A draft about a windmill");
  await expect(page.getByLabel("Negative prompt")).toHaveValue("blur");
  await expect(page.getByRole("radio", { name: "1:1" })).toBeChecked();
  await expect(modelSelect(page)).toHaveValue("kling-v3");
  await expect(page.getByRole("combobox", { name: "Duration" })).toHaveValue("8");
  await expect(page.getByRole("radio", { name: "On", exact: true })).toBeChecked();
  await expect(page.getByLabel("Camera movement")).toHaveValue("left_turn_forward");
  await expect(page.getByLabel("Camera direction")).toHaveValue("The camera curves left past the windmill.");

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
  // A sweep works on a model without camera_control: each take's move is written into its prompt.
  await modelSelect(page).selectOption("kling-v2-6");
  await page.getByRole("radio", { name: "Camera sweep" }).check();
  await page.getByRole("checkbox", { name: "Pan" }).check();
  await page.getByRole("checkbox", { name: "Zoom" }).check();
  await expect(page.getByRole("checkbox", { name: "Both directions (+ and −)" })).toBeChecked();
  await expect(generateButton(page)).toHaveText("Generate 4 takes · 6 units · $0.84");
  await expect(page.getByLabel("Sweep move to preview")).toBeVisible();
  await expect(page.getByRole("group", { name: "Camera" })).toContainText(
    "Each take's move is written into the prompt",
  );
  expect((await requestBody(page)).prompt).toBe(`${prompt}. The camera pans steadily to the right.`);
  await expect(
    page.getByText("The first of 4 takes: the other 3 each carry a camera move of their own (written into the prompt)"),
  ).toBeVisible();
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
  await expect(modelSelect(page)).toHaveValue("kling-v2-6");
  await expect(page.getByLabel("Camera movement")).toHaveValue("simple");
  await expect(page.getByLabel("Pan value")).toHaveValue("5");
  await expect(page.getByLabel("Camera direction")).toHaveValue("The camera pans steadily to the right.");

  await openStudio(page, "/?remix=not-a-take");
  await expect(page.getByText("That remix link does not name a take")).toBeVisible();
  await openStudio(page, "/?remix=00000000-0000-4000-8000-000000000000");
  await expect(page.getByText("The take to remix was not found")).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toBeVisible();
});
