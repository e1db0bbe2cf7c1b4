import { describe, expect, it } from "vitest";
import { SANDBOX_JWT, sandboxPerFile, waitFor } from "@/test/support/sandbox-test-kit";
import type { KlingClientOptions } from "./client";
import { createKlingClient, joinUrl } from "./client";
import { KlingError } from "./errors";
import { buildText2VideoBody, withSubmitFields } from "./request";

const sandbox = sandboxPerFile({ basePath: "/kling", maxConcurrentTasks: 100 });

function client(options: Partial<KlingClientOptions> = {}) {
  return createKlingClient({ baseUrl: sandbox().url, auth: SANDBOX_JWT, timeoutMs: 5_000, ...options });
}

function body(prompt: string, externalTaskId?: string) {
  const built = buildText2VideoBody({
    model_name: "kling-v1",
    prompt,
    cfg_scale: 0.5,
    mode: "std",
    aspect_ratio: "16:9",
    duration: "5",
  });
  return externalTaskId ? withSubmitFields(built, { externalTaskId }) : built;
}

/** fetch that counts the requests the client makes and the Authorization each carried. */
function countingFetch() {
  const sent: string[] = [];
  const wrapped: typeof fetch = (input, init) => {
    sent.push(new Headers(init?.headers).get("authorization") ?? "");
    return fetch(input, init);
  };
  return { sent, fetch: wrapped };
}

describe("Kling client against the sandbox", () => {
  it("creates a task with a JWT, then finds it by task id and by external id", async () => {
    const kling = client();
    const created = await kling.createTask(body("A fox in snow", "client-1"));
    expect(created).toMatchObject({ status: "submitted", externalTaskId: "client-1", videos: [] });
    expect(created.taskId).toMatch(/^\d+$/);

    expect((await kling.getTask(created.taskId)).taskId).toBe(created.taskId);
    expect((await kling.getTaskByExternalId("client-1"))?.taskId).toBe(created.taskId);
    expect(await kling.getTaskByExternalId("no-such-id")).toBeNull();

    const done = await waitFor(async () => {
      const task = await kling.getTask(created.taskId);
      return task.status === "succeed" ? task : undefined;
    });
    expect(done.videos).toHaveLength(1);
    expect(done.videos[0].durationSec).toBe(5);
    expect(done.videos[0].url).toBe(`${sandbox().url}/files/${created.taskId}.mp4`);
    expect(done.unitsCharged).toBe(1);
  });

  it("works with a relay API key", async () => {
    const kling = client({ auth: { kind: "api_key", apiKey: "sk-sandbox" } });
    const created = await kling.createTask(body("A relay clip"));
    expect((await kling.getTask(created.taskId)).status).toMatch(/submitted|processing|succeed/);
  });

  it("joins a base URL with a prefix, with or without a trailing slash", async () => {
    const kling = client({ baseUrl: `${sandbox().url}/` });
    expect((await kling.createTask(body("Slash"))).status).toBe("submitted");
    expect(joinUrl("https://relay.example/kling/", "/v1/videos/text2video", { pageNum: "1" })).toBe(
      "https://relay.example/kling/v1/videos/text2video?pageNum=1",
    );
    expect(joinUrl("https://api-singapore.klingai.com", "/v1/videos/text2video/a%2Fb")).toBe(
      "https://api-singapore.klingai.com/v1/videos/text2video/a%2Fb",
    );
  });

  it("lists tasks newest first and validates the page range before sending", async () => {
    const kling = client();
    const a = await kling.createTask(body("List A"));
    const b = await kling.createTask(body("List B"));
    const page = await kling.listTasks({ pageNum: 1, pageSize: 2 });
    expect(page.map((task) => task.taskId)).toEqual([b.taskId, a.taskId]);

    const counted = countingFetch();
    const strict = client({ fetch: counted.fetch });
    for (const bad of [
      { pageNum: 0, pageSize: 10 },
      { pageNum: 1001, pageSize: 10 },
      { pageNum: 1, pageSize: 501 },
      { pageNum: 1.5, pageSize: 10 },
    ]) {
      await expect(strict.listTasks(bad)).rejects.toMatchObject({ code: "kling:invalid_request", retryable: false });
    }
    expect(counted.sent).toHaveLength(0);
  });

  it("sends Authorization and Content-Type on GETs too", async () => {
    const seen: Headers[] = [];
    const kling = client({
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    await kling.getTaskByExternalId("client-1");
    expect(seen[0].get("authorization")).toMatch(/^Bearer ey/);
    expect(seen[0].get("content-type")).toBe("application/json");
  });
});

describe("Kling client authentication", () => {
  it("fails with a non-retryable auth error when the secret is wrong", async () => {
    const counted = countingFetch();
    const kling = client({ auth: { ...SANDBOX_JWT, secretKey: "wrong" }, fetch: counted.fetch });
    const error = await kling.createTask(body("Wrong secret")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlingError);
    expect(error).toMatchObject({ code: "kling:auth_failed", retryable: false, httpStatus: 401, klingCode: 1002 });
    expect(counted.sent).toHaveLength(1);
  });

  it("fails with kling:auth_failed for an unknown relay key", async () => {
    const kling = client({ auth: { kind: "api_key", apiKey: "sk-nope" } });
    await expect(kling.getTask("1")).rejects.toMatchObject({ code: "kling:auth_failed", retryable: false });
  });

  it("re-signs an expired token and retries once", async () => {
    // The clock is an hour behind for the first request (an expired token), then corrects itself.
    let offsetMs = -3_600_000;
    const sent: string[] = [];
    const kling = client({
      now: () => Date.now() + offsetMs,
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers).get("authorization") ?? "");
        offsetMs = 0;
        return fetch(input, init);
      },
    });
    const created = await kling.createTask(body("Expired token", "expired-1"));
    expect(created.externalTaskId).toBe("expired-1");
    expect(sent).toHaveLength(2);
    expect(sent[0]).not.toBe(sent[1]);
  });

  it("retries a 1004 answer once, and gives up with kling:token_expired on the second", async () => {
    const once = countingFetch();
    await client({ fetch: once.fetch }).createTask(body("Token once [sandbox:error=1004]"));
    expect(once.sent).toHaveLength(2);

    const twice = countingFetch();
    const error = await client({ fetch: twice.fetch })
      .createTask(body("Token twice [sandbox:error=1004x2]"))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "kling:token_expired", retryable: true, klingCode: 1004 });
    expect(twice.sent).toHaveLength(2);
  });

  it("does not retry a token error in API key mode", async () => {
    const counted = countingFetch();
    const kling = client({ auth: { kind: "api_key", apiKey: "sk-sandbox" }, fetch: counted.fetch });
    await expect(kling.createTask(body("Key [sandbox:error=1003]"))).rejects.toMatchObject({
      code: "kling:token_not_yet_valid",
    });
    expect(counted.sent).toHaveLength(1);
  });
});
