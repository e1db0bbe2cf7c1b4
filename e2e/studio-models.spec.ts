/** The camera and the model catalogue on the studio form: how a move travels, durations, sound, retired models. */
import { expect, test } from "@playwright/test";
import { generateButton, modelSelect, openStudio, requestBody, setSimpleMove } from "./studio-page";

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
