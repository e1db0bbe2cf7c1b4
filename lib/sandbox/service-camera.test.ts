import { describe, expect, it } from "vitest";
import { callSandbox, sandboxPerFile, waitFor } from "@/test/support/sandbox-test-kit";

const CREATE = "/v1/videos/text2video";
const sandbox = sandboxPerFile({ maxConcurrentTasks: 100 });

function create(body: Record<string, unknown>) {
  return callSandbox(sandbox().url, { path: CREATE, body });
}

/** Creates a task and returns the options its render was started with. */
async function filmed(body: Record<string, unknown>) {
  const answer = await create(body);
  expect(answer.body.code).toBe(0);
  const prompt = String(body.prompt)
    .replace(/\[sandbox:[^\]]*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return waitFor(async () => sandbox().renders.find((render) => render.prompt === prompt), {
    what: `the render of "${prompt}"`,
  });
}

describe("the sandbox films the camera move it was asked for", () => {
  it("follows camera_control on kling-v1 std 5 s", async () => {
    const render = await filmed({
      model_name: "kling-v1",
      prompt: "Control one",
      camera_control: { type: "simple", config: { tilt: 4 } },
    });
    expect(render.camera).toEqual({ type: "simple", config: { tilt: 4 } });
    expect(render.reverse).toBe(false);
  });

  it("reads the camera direction at the end of the prompt on models without camera_control", async () => {
    const render = await filmed({
      model_name: "kling-v2-6",
      prompt: "A lighthouse at dusk. The camera pans steadily to the right.",
    });
    expect(render.camera).toEqual({ type: "simple", config: { pan: 5.5 } });
    const preset = await filmed({
      model_name: "kling-v3",
      duration: "7",
      prompt: "A market. The camera pushes forward while rising, dollying in and craning up.",
    });
    expect(preset.camera).toEqual({ type: "forward_up" });
    expect(preset.durationSec).toBe(7);
  });

  it("films a still camera when no sentence names a move, or with [sandbox:camera=ignore]", async () => {
    expect((await filmed({ model_name: "kling-v2-6", prompt: "A quiet pond at noon" })).camera).toBeUndefined();
    const ignored = await filmed({
      model_name: "kling-v2-6",
      prompt: "Ignored [sandbox:camera=ignore]. The camera pans slowly to the left.",
    });
    expect(ignored.camera).toBeUndefined();
  });

  it("plays the move backwards with [sandbox:camera=opposite]", async () => {
    const render = await filmed({
      model_name: "kling-v2-6",
      prompt: "Opposite [sandbox:camera=opposite]. The camera zooms in quickly, tightening the view.",
    });
    expect(render.camera).toEqual({ type: "simple", config: { zoom: -9 } });
    expect(render.reverse).toBe(true);
  });
});

describe("the 2026 catalogue", () => {
  it("takes kling-v3 from 3 to 15 s with sound in either mode, and refuses 16 s or a number", async () => {
    for (const [duration, mode] of [
      ["3", "std"],
      ["15", "pro"],
    ]) {
      const answer = await create({ model_name: "kling-v3", prompt: `V3 ${duration}`, duration, mode, sound: "on" });
      expect(answer.body.code).toBe(0);
    }
    for (const duration of ["16", 12]) {
      const answer = await create({ model_name: "kling-v3", prompt: "Too long", duration });
      expect([answer.status, answer.body.code]).toEqual([400, 1201]);
    }
  });

  it("refuses sound on kling-v2-6 std and on models without sound with 400/1201", async () => {
    for (const body of [{ model_name: "kling-v2-6", mode: "std" }, { model_name: "kling-v1" }]) {
      const answer = await create({ ...body, prompt: "Loud", sound: "on" });
      expect([answer.status, answer.body.code]).toEqual([400, 1201]);
      expect(answer.body.message).toMatch(/^sound: .*sound/);
    }
  });

  it("refuses a retired model with 404/1203 naming it", async () => {
    const answer = await create({ model_name: "kling-v2-1-master", prompt: "Old master" });
    expect([answer.status, answer.body.code]).toEqual([404, 1203]);
    expect(answer.body.message).toBe("model kling-v2-1-master does not exist: it was retired on 2026-09-15");
  });

  it("names the model in a 1103 or 1203 from a fault marker", async () => {
    const answer = await create({ model_name: "kling-v3", prompt: "No [sandbox:error=1103]" });
    expect([answer.status, answer.body.code]).toEqual([403, 1103]);
    expect(answer.body.message).toContain("model kling-v3");
  });
});
