import { describe, expect, it } from "vitest";
import { CAMERA_CONTROL_UNSUPPORTED_MESSAGE } from "@/lib/kling/capabilities";
import { callSandbox, sandboxPerFile, sandboxToken } from "@/test/support/sandbox-test-kit";

const CREATE = "/v1/videos/text2video";
const sandbox = sandboxPerFile({ maxConcurrentTasks: 100 });

function create(body: unknown, authorization?: string | null) {
  return callSandbox(sandbox().url, { path: CREATE, body, authorization });
}

describe("sandbox validation, as the real service refuses", () => {
  it("rejects camera control on kling-v1-6 with 400/1201 and Kling's message", async () => {
    const answer = await create({
      model_name: "kling-v1-6",
      prompt: "A lighthouse",
      camera_control: { type: "simple", config: { zoom: 5 } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(1201);
    expect(answer.body.message).toBe(CAMERA_CONTROL_UNSUPPORTED_MESSAGE);
  });

  it("rejects camera control on kling-v1 pro or 10 s with the same message", async () => {
    const camera = { type: "forward_up" };
    for (const extra of [{ mode: "pro" }, { duration: "10" }]) {
      const answer = await create({ model_name: "kling-v1", prompt: "A road", camera_control: camera, ...extra });
      expect(answer.status).toBe(400);
      expect(answer.body.message).toBe(CAMERA_CONTROL_UNSUPPORTED_MESSAGE);
    }
  });

  it("rejects duration sent as a JSON number with 400/1201", async () => {
    const answer = await create({ prompt: "A forest", duration: 5 });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(1201);
    expect(answer.body.message).toMatch(/duration/);
  });

  it("rejects a simple camera move with two non-zero fields with 400/1201", async () => {
    const answer = await create({
      model_name: "kling-v1",
      prompt: "A city",
      camera_control: { type: "simple", config: { pan: 3, zoom: 2, horizontal: 0 } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(1201);
    expect(answer.body.message).toMatch(/exactly one non-zero axis/);
  });

  it("rejects an unknown model, an empty prompt and cfg_scale as a string with 400/1201", async () => {
    for (const body of [
      { model_name: "kling-v1-5", prompt: "x" },
      { prompt: "   " },
      { prompt: "A cat", cfg_scale: "0.5" },
    ]) {
      const answer = await create(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe(1201);
    }
  });

  it("accepts camera control on kling-v1 std 5 s and answers a submitted task with a numeric id", async () => {
    const answer = await create({
      model_name: "kling-v1",
      prompt: "A valley",
      camera_control: { type: "simple", config: { horizontal: 0, vertical: 0, pan: -4, tilt: 0, roll: 0, zoom: 0 } },
      external_task_id: "validation-camera-ok",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 0, message: "SUCCEED" });
    expect(answer.body.request_id).toEqual(expect.any(String));
    expect(answer.body.data).toMatchObject({
      task_status: "submitted",
      task_info: { external_task_id: "validation-camera-ok" },
    });
    expect(answer.body.data.task_id).toMatch(/^\d+$/);
    expect(answer.body.data.created_at).toBe(answer.body.data.updated_at);
  });

  it("answers bad JSON and non-object bodies with 400/1200", async () => {
    for (const rawBody of ["{not json", "", "[1,2]", '"text"']) {
      const answer = await callSandbox(sandbox().url, { method: "POST", path: CREATE, rawBody });
      expect(answer.status, rawBody).toBe(400);
      expect(answer.body.code).toBe(1200);
    }
  });

  it("refuses an oversized body with 400/1200", async () => {
    const answer = await create({ prompt: "x".repeat(100_000) });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(1200);
  });

  it("answers a wrong method or unknown path with 404/1202, and an unknown task with 404/1203", async () => {
    expect(await callSandbox(sandbox().url, { method: "DELETE", path: CREATE })).toMatchObject({
      status: 404,
      body: { code: 1202 },
    });
    expect(await callSandbox(sandbox().url, { method: "POST", path: `${CREATE}/123`, body: {} })).toMatchObject({
      status: 404,
      body: { code: 1202 },
    });
    expect(await callSandbox(sandbox().url, { path: "/v1/images/generations" })).toMatchObject({
      status: 404,
      body: { code: 1202 },
    });
    expect(await callSandbox(sandbox().url, { path: `${CREATE}/999999` })).toMatchObject({
      status: 404,
      body: { code: 1203 },
    });
  });

  it("validates list paging ranges with 400/1201", async () => {
    for (const query of ["pageNum=0", "pageNum=1001", "pageSize=501", "pageSize=abc", "pageNum=-1"]) {
      const answer = await callSandbox(sandbox().url, { path: `${CREATE}?${query}` });
      expect(answer.status, query).toBe(400);
      expect(answer.body.code).toBe(1201);
    }
  });

  it("does not let /files reach outside the videos folder", async () => {
    for (const path of [
      "/files/..%2Ftasks%2Fx.json",
      "/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/files/../tasks",
      "/files/1.json",
    ]) {
      const response = await fetch(`${sandbox().url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});

describe("sandbox authentication", () => {
  const body = { prompt: "An owl" };

  it("accepts a JWT signed with the secret key and the relay API key", async () => {
    expect((await create(body, `Bearer ${await sandboxToken()}`)).status).toBe(200);
    expect((await create(body, "Bearer sk-sandbox")).status).toBe(200);
  });

  it("answers a missing Authorization header with 401/1001", async () => {
    expect(await create(body, null)).toMatchObject({ status: 401, body: { code: 1001 } });
  });

  it("answers an unknown API key or a token signed with the wrong secret with 401/1002", async () => {
    expect(await create(body, "Bearer sk-wrong")).toMatchObject({ status: 401, body: { code: 1002 } });
    const forged = await sandboxToken({ secretKey: "not-the-secret" });
    expect(await create(body, `Bearer ${forged}`)).toMatchObject({ status: 401, body: { code: 1002 } });
    expect(await create(body, "Basic abc")).toMatchObject({ status: 401, body: { code: 1002 } });
  });

  it("answers a token for an unknown access key with 401/1000", async () => {
    const token = await sandboxToken({ accessKey: "someone-else" });
    expect(await create(body, `Bearer ${token}`)).toMatchObject({ status: 401, body: { code: 1000 } });
  });

  it("answers an expired token with 401/1004 and one not valid yet with 401/1003", async () => {
    const expired = await sandboxToken({ nowMs: Date.now() - 3_600_000 });
    expect(await create(body, `Bearer ${expired}`)).toMatchObject({ status: 401, body: { code: 1004 } });
    const early = await sandboxToken({ nowMs: Date.now() + 600_000 });
    expect(await create(body, `Bearer ${early}`)).toMatchObject({ status: 401, body: { code: 1003 } });
  });

  it("checks credentials on queries too, but not on the public video URLs", async () => {
    expect(await callSandbox(sandbox().url, { path: `${CREATE}/1`, authorization: null })).toMatchObject({
      status: 401,
      body: { code: 1001 },
    });
    expect((await fetch(`${sandbox().url}/files/1.mp4`)).status).toBe(404);
  });
});
