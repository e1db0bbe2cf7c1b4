import { once } from "node:events";
import { access, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { TestSandbox } from "@/test/support/sandbox-test-kit";
import { callSandbox, fakeRender, startTestSandbox, waitFor } from "@/test/support/sandbox-test-kit";
import { renderClip } from "./render";

const CREATE = "/v1/videos/text2video";
const started: TestSandbox[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.cleanup()));
});

async function start(options: Parameters<typeof startTestSandbox>[0] = {}) {
  const sandbox = await startTestSandbox(options);
  started.push(sandbox);
  return sandbox;
}

async function createTask(sandbox: TestSandbox, body: Record<string, unknown>) {
  const answer = await callSandbox(sandbox.url, { path: CREATE, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return String(answer.body.data.task_id);
}

async function waitForStatus(sandbox: TestSandbox, taskId: string, status: string, timeoutMs = 20_000) {
  return waitFor(
    async () => {
      const answer = await callSandbox(sandbox.url, { path: `${CREATE}/${taskId}` });
      return answer.body.data?.task_status === status ? answer.body.data : undefined;
    },
    { timeoutMs, what: `task ${taskId} to be ${status}` },
  );
}

describe("sandbox task lifecycle", () => {
  it("goes submitted → processing → succeed with the real renderer, and serves the MP4 with ranges", async () => {
    const sandbox = await start({
      render: renderClip,
      basePath: "/sandbox",
      timings: { submittedMs: 300, processingMs: 300 },
    });
    expect(sandbox.url).toMatch(/\/sandbox$/);
    const created = await callSandbox(sandbox.url, {
      path: CREATE,
      body: { model_name: "kling-v1", prompt: "A red kite over dunes", external_task_id: "life-1" },
    });
    expect(created.body.data.task_status).toBe("submitted");
    const taskId = String(created.body.data.task_id);
    // Polls see every status after "submitted" (that one can pass unseen on a loaded machine): the task
    // stays "processing" until the real render is done, which takes longer than the timings.
    const seen: string[] = [];
    const task = await waitFor(
      async () => {
        const { body } = await callSandbox(sandbox.url, { path: `${CREATE}/${taskId}` });
        if (seen.at(-1) !== body.data.task_status) seen.push(body.data.task_status);
        return body.data.task_status === "succeed" ? body.data : undefined;
      },
      { timeoutMs: 30_000, what: "the rendered task" },
    );
    expect(seen.filter((status) => status !== "submitted")).toEqual(["processing", "succeed"]);
    expect(task).toMatchObject({
      task_id: taskId,
      task_info: { external_task_id: "life-1" },
      final_unit_deduction: "1",
    });
    expect(task.updated_at).toBeGreaterThanOrEqual(task.created_at + 600);
    const video = task.task_result.videos[0];
    expect(video.duration).toBe("5.0");
    expect(video.url).toBe(`${sandbox.url}/files/${taskId}.mp4`);

    const whole = await fetch(video.url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    expect(Number(whole.headers.get("content-length"))).toBe(bytes.length);

    const part = await fetch(video.url, { headers: { Range: "bytes=0-99" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-99/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(0, 100))).toBe(true);

    const tail = await fetch(video.url, { headers: { Range: "bytes=-10" } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const beyond = await fetch(video.url, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
    const head = await fetch(video.url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(bytes.length));
  });

  it("ends a [sandbox:fail] task failed with the risk-control message and charges nothing", async () => {
    const sandbox = await start();
    const taskId = await createTask(sandbox, { prompt: "A harbour [sandbox:fail]" });
    const task = await waitForStatus(sandbox, taskId, "failed");
    expect(task.task_status_msg).toBe("Failure to pass the risk control system");
    expect(task.final_unit_deduction).toBe("0");
    expect(task.task_result).toBeUndefined();
    expect(sandbox.renders).toHaveLength(0);
  });

  it("carries a custom failure reason and a renderer crash into task_status_msg", async () => {
    const sandbox = await start({ render: fakeRender({ fail: "ffmpeg exploded" }) });
    const custom = await createTask(sandbox, { prompt: "A bay [sandbox:fail=Prompt too spicy]" });
    const crashed = await createTask(sandbox, { prompt: "A bay at night" });
    expect((await waitForStatus(sandbox, custom, "failed")).task_status_msg).toBe("Prompt too spicy");
    expect((await waitForStatus(sandbox, crashed, "failed")).task_status_msg).toMatch(/ffmpeg exploded/);
  });

  it("finishes a task after a restart mid-task, re-rendering a video that went missing", async () => {
    const timings = { submittedMs: 100, processingMs: 1500 };
    const first = await startTestSandbox({ timings });
    const taskId = await createTask(first, { prompt: "A slow glacier", external_task_id: "restart-1" });
    await waitForStatus(first, taskId, "processing");
    await first.close();
    // Lose the video too: the restarted sandbox must notice and render it again.
    await rm(path.join(first.dataDir, "videos", `${taskId}.mp4`), { force: true });

    const second = await start({ dataDir: first.dataDir, timings });
    const task = await waitForStatus(second, taskId, "succeed");
    expect(task.task_info.external_task_id).toBe("restart-1");
    await access(path.join(first.dataDir, "videos", `${taskId}.mp4`));
    expect(second.renders.map((render) => render.prompt)).toEqual(["A slow glacier"]);
    const byExternal = await callSandbox(second.url, { path: `${CREATE}/restart-1` });
    expect(byExternal.body.data.task_id).toBe(taskId);
  });

  it("POSTs the bare task object to callback_url on each status change", async () => {
    const received: { contentType: string | undefined; body: WireTask }[] = [];
    const listener = createServer((req, res) => {
      let text = "";
      req.on("data", (chunk: Buffer) => (text += chunk.toString()));
      req.on("end", () => {
        received.push({ contentType: req.headers["content-type"], body: JSON.parse(text) as WireTask });
        res.end("ok");
      });
    });
    listener.listen(0, "127.0.0.1");
    await once(listener, "listening");
    const address: string | AddressInfo | null = listener.address();
    if (typeof address !== "object" || address === null) throw new Error("the listener has no port");
    const { port } = address;
    try {
      // Phases long enough that a busy machine cannot skip one between two timer ticks.
      const sandbox = await start({ timings: { submittedMs: 200, processingMs: 600 } });
      const taskId = await createTask(sandbox, {
        prompt: "A lantern festival",
        external_task_id: "cb-1",
        callback_url: `http://127.0.0.1:${port}/hook`,
      });
      await waitFor(async () => (received.some((r) => r.body.task_status === "succeed") ? true : undefined), {
        what: "the succeed callback",
      });
      expect(received.map((r) => r.body.task_status)).toEqual(["submitted", "processing", "succeed"]);
      for (const delivery of received) {
        expect(delivery.contentType).toBe("application/json");
        expect(delivery.body).toMatchObject({ task_id: taskId, task_info: { external_task_id: "cb-1" } });
        expect(delivery.body.code).toBeUndefined();
      }
      expect(received[2].body.task_result.videos[0].url).toBe(`${sandbox.url}/files/${taskId}.mp4`);
    } finally {
      listener.close();
    }
  });

  it("answers 429/1303 once every parallel slot is taken, and frees the slot when a task ends", async () => {
    const sandbox = await start({ maxConcurrentTasks: 2, timings: { submittedMs: 50, processingMs: 1500 } });
    const firstId = await createTask(sandbox, { prompt: "One" });
    await createTask(sandbox, { prompt: "Two" });
    const third = await callSandbox(sandbox.url, { path: CREATE, body: { prompt: "Three" } });
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ code: 1303, message: "parallel task over resource pack limit" });
    // Queries take no slot.
    expect((await callSandbox(sandbox.url, { path: `${CREATE}/${firstId}` })).status).toBe(200);
    await waitForStatus(sandbox, firstId, "succeed");
    expect((await callSandbox(sandbox.url, { path: CREATE, body: { prompt: "Three" } })).status).toBe(200);
  });

  it("refuses a second task with the same external_task_id with 400/1201", async () => {
    const sandbox = await start();
    const taskId = await createTask(sandbox, { prompt: "First", external_task_id: "dup-1" });
    const again = await callSandbox(sandbox.url, {
      path: CREATE,
      body: { prompt: "Second", external_task_id: "dup-1" },
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe(1201);
    expect(again.body.message).toContain("dup-1");
    expect(again.body.message).toContain(taskId);
  });

  it("finds a task by id, by external id in the path and by ?external_task_id=, and lists newest first", async () => {
    const sandbox = await start();
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await createTask(sandbox, { prompt: `Clip ${n}`, external_task_id: `q-${n}` }));
    const byQuery = await callSandbox(sandbox.url, { path: `${CREATE}?external_task_id=q-2` });
    expect(byQuery.body.data.task_id).toBe(ids[1]);
    const byPath = await callSandbox(sandbox.url, { path: `${CREATE}/q-3` });
    expect(byPath.body.data.task_id).toBe(ids[2]);
    const missing = await callSandbox(sandbox.url, { path: `${CREATE}?external_task_id=nope` });
    expect(missing).toMatchObject({ status: 404, body: { code: 1203 } });

    const page1 = await callSandbox(sandbox.url, { path: `${CREATE}?pageNum=1&pageSize=2` });
    expect(page1.body.data.map((task: { task_id: string }) => task.task_id)).toEqual([ids[2], ids[1]]);
    const page2 = await callSandbox(sandbox.url, { path: `${CREATE}?pageNum=2&pageSize=2` });
    expect(page2.body.data.map((task: { task_id: string }) => task.task_id)).toEqual([ids[0]]);
  });
});

/** The fields of a callback's task object this test reads. */
type WireTask = {
  task_status?: string;
  code?: number;
  task_result: { videos: { url: string }[] };
};
