import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { generateButton, modelSelect, openStudio, requestBody, setSimpleMove } from "./studio-page";

test("the studio page has no serious accessibility problems", async ({ page }) => {
  await openStudio(page, "/");
  await modelSelect(page).selectOption("kling-v2-6");
  await setSimpleMove(page, "Pan", "5");
  await requestBody(page);
  await expectNoSeriousViolations(page);
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
