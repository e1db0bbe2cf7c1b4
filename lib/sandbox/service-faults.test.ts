import { describe, expect, it } from "vitest";
import { KLING_ERROR_NUMBERS, KLING_ERROR_TABLE } from "@/lib/kling/error-codes";
import { callSandbox, sandboxPerFile, waitFor } from "@/test/support/sandbox-test-kit";
import { parseFaults, stripFaultMarkers } from "./sandbox-faults";
import { parseRange } from "./sandbox-files";

const CREATE = "/v1/videos/text2video";
const sandbox = sandboxPerFile({ maxConcurrentTasks: 1000, timings: { submittedMs: 20, processingMs: 60 } });

function create(prompt: string, extra: Record<string, unknown> = {}) {
  return callSandbox(sandbox().url, { path: CREATE, body: { prompt, ...extra } });
}

async function finished(taskId: string) {
  return waitFor(
    async () => {
      const { body } = await callSandbox(sandbox().url, { path: `${CREATE}/${taskId}` });
      return body.data.task_status === "succeed" || body.data.task_status === "failed" ? body.data : undefined;
    },
    { what: `task ${taskId} to finish` },
  );
}

describe("sandbox fault markers", () => {
  it("answers [sandbox:error=CODE] with every code of the contract's table and its HTTP status, once", async () => {
    for (const code of KLING_ERROR_NUMBERS) {
      const prompt = `Error ${code} [sandbox:error=${code}]`;
      const first = await create(prompt);
      expect(first.status, String(code)).toBe(KLING_ERROR_TABLE[code].httpStatus);
      expect(first.body.code).toBe(code);
      expect(first.body.data).toBeNull();
      const second = await create(prompt);
      expect(second.status, `${code} second attempt`).toBe(200);
    }
  });

  it("answers the first N attempts with [sandbox:error=1303x2], then accepts", async () => {
    const prompt = "A busy day [sandbox:error=1303x2]";
    expect(await create(prompt)).toMatchObject({ status: 429, body: { code: 1303 } });
    expect(await create(prompt)).toMatchObject({ status: 429, body: { code: 1303 } });
    expect(await create(prompt)).toMatchObject({ status: 200, body: { code: 0 } });
  });

  it("refuses [sandbox:refuse] with 400/1301 on every attempt", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(await create("Something [sandbox:refuse]")).toMatchObject({ status: 400, body: { code: 1301 } });
    }
  });

  it("creates the task before a [sandbox:slow-create] answer arrives", async () => {
    const controller = new AbortController();
    const pending = fetch(`${sandbox().url}${CREATE}`, {
      method: "POST",
      headers: { Authorization: "Bearer sk-sandbox", "Content-Type": "application/json" },
      body: JSON.stringify({ prompt: "Late [sandbox:slow-create=5000]", external_task_id: "slow-create-1" }),
      signal: controller.signal,
    });
    const found = await waitFor(async () => {
      const answer = await callSandbox(sandbox().url, { path: `${CREATE}?external_task_id=slow-create-1` });
      return answer.status === 200 ? answer.body.data : undefined;
    });
    expect(found.task_info.external_task_id).toBe("slow-create-1");
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it("answers broken JSON to [sandbox:malformed-create] after creating the task", async () => {
    const response = await fetch(`${sandbox().url}${CREATE}`, {
      method: "POST",
      headers: { Authorization: "Bearer sk-sandbox", "Content-Type": "application/json" },
      body: JSON.stringify({ prompt: "Broken [sandbox:malformed-create]", external_task_id: "malformed-create-1" }),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
    expect((await callSandbox(sandbox().url, { path: `${CREATE}/malformed-create-1` })).status).toBe(200);
  });

  it("delays queries of a [sandbox:slow-query] task", async () => {
    const created = await create("Slow [sandbox:slow-query=300]");
    const started = Date.now();
    const answer = await callSandbox(sandbox().url, { path: `${CREATE}/${created.body.data.task_id}` });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("answers broken JSON to the first N queries of a [sandbox:malformed-query=2] task", async () => {
    const created = await create("Garbled [sandbox:malformed-query=2]");
    const url = `${sandbox().url}${CREATE}/${created.body.data.task_id}`;
    const headers = { Authorization: "Bearer sk-sandbox" };
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect((await fetch(url, { headers })).json()).rejects.toThrow();
    }
    expect((await (await fetch(url, { headers })).json()).code).toBe(0);
  });

  it("serves a 404 for the video of a [sandbox:gone] task", async () => {
    const created = await create("Expired [sandbox:gone]");
    const task = await finished(created.body.data.task_id);
    expect(task.task_status).toBe("succeed");
    expect((await fetch(task.task_result.videos[0].url)).status).toBe(404);
  });

  it("fails a [sandbox:render-error] task with the renderer's message", async () => {
    const created = await create("Crash [sandbox:render-error]");
    const task = await finished(created.body.data.task_id);
    expect(task).toMatchObject({ task_status: "failed", final_unit_deduction: "0" });
    expect(task.task_status_msg).toMatch(/could not render/);
  });

  it("keeps markers out of the words rendered into the video", async () => {
    await create("A quiet   harbour [sandbox:slow-query=1] at dawn [sandbox:typo]");
    await waitFor(async () => (sandbox().renders.some((r) => r.prompt.startsWith("A quiet")) ? true : undefined));
    expect(sandbox().renders.find((r) => r.prompt.startsWith("A quiet"))?.prompt).toBe("A quiet harbour at dawn");
  });
});

describe("fault marker parsing", () => {
  it("reads every marker and ignores unknown ones", () => {
    const faults = parseFaults(
      "x [sandbox:refuse][sandbox:fail=why][sandbox:error=5001x3][sandbox:slow-create=10][sandbox:slow-query=20]" +
        "[sandbox:malformed-query][sandbox:malformed-create][sandbox:gone][sandbox:render-error][sandbox:nope=1]",
    );
    expect(faults).toMatchObject({
      refuse: true,
      failMessage: "why",
      error: { code: 5001, times: 3 },
      slowCreateMs: 10,
      slowQueryMs: 20,
      malformedQuery: { times: Infinity },
      malformedCreate: true,
      gone: true,
      renderError: true,
    });
  });

  it("ignores an error marker with a code outside the contract", () => {
    expect(parseFaults("[sandbox:error=1234]").error).toBeUndefined();
    expect(parseFaults("[sandbox:error=abc]").error).toBeUndefined();
  });

  it("strips markers and collapses the spaces they leave", () => {
    expect(stripFaultMarkers(" [sandbox:fail] A  cat [SANDBOX:gone]sleeps ")).toBe("A cat sleeps");
  });
});

describe("byte ranges", () => {
  it("parses open, closed, suffix and out-of-bounds ranges", () => {
    expect(parseRange(null, 100)).toBeUndefined();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=5-1", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-9", 100)).toEqual({ start: 0, end: 1 });
    expect(parseRange("items=0-1", 100)).toBeUndefined();
  });
});
