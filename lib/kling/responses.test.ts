import { describe, expect, it } from "vitest";
import { parseCallbackBody, parseEnvelope, parseTask, parseTaskList } from "./responses";

const finished = {
  task_id: "842250903629086785",
  task_status: "succeed",
  task_status_msg: "",
  task_info: { external_task_id: "gen-1", something_new: true },
  task_result: { videos: [{ id: "v1", url: "https://cdn.example/v1.mp4", duration: "5.042", watermark: false }] },
  final_unit_deduction: "3.5",
  created_at: 1_722_769_557_708,
  updated_at: 1_722_769_857_708,
  extra_field: { nested: 1 },
};

describe("Kling responses", () => {
  it("normalises a finished task to camelCase with numeric duration and units", () => {
    expect(parseTask(finished)).toEqual({
      ok: true,
      value: {
        taskId: "842250903629086785",
        status: "succeed",
        externalTaskId: "gen-1",
        createdAt: 1_722_769_557_708,
        updatedAt: 1_722_769_857_708,
        videos: [{ id: "v1", url: "https://cdn.example/v1.mp4", durationSec: 5.042 }],
        unitsCharged: 3.5,
      },
    });
  });

  it("reads a fresh create answer without result, info or units", () => {
    const parsed = parseTask({ task_id: "1", task_status: "submitted", created_at: 1, updated_at: 1 });
    expect(parsed).toEqual({
      ok: true,
      value: { taskId: "1", status: "submitted", createdAt: 1, updatedAt: 1, videos: [] },
    });
  });

  it("keeps task_status_msg for failed tasks", () => {
    const parsed = parseTask({
      task_id: "2",
      task_status: "failed",
      task_status_msg: "Failure to pass the risk control system",
      created_at: 1,
      updated_at: 2,
    });
    expect(parsed.ok && parsed.value.statusMessage).toBe("Failure to pass the risk control system");
  });

  it("refuses an unknown status or a task without id, saying which field", () => {
    const unknown = parseTask({ ...finished, task_status: "done" });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.detail).toMatch(/task_status/);
    expect(parseTask({ task_status: "succeed", created_at: 1 }).ok).toBe(false);
    expect(parseTask("nope").ok).toBe(false);
  });

  it("reads the envelope with extra fields and refuses one without a code", () => {
    expect(parseEnvelope({ code: 0, message: "SUCCEED", request_id: "r", data: [], trace: "x" }).ok).toBe(true);
    expect(parseEnvelope({ message: "SUCCEED" }).ok).toBe(false);
  });

  it("parses lists item by item", () => {
    expect(parseTaskList([finished, finished])).toMatchObject({ ok: true, value: [{ taskId: finished.task_id }, {}] });
    expect(parseTaskList({ list: [] }).ok).toBe(false);
    expect(parseTaskList([finished, { bad: true }])).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^item 1/),
    });
  });

  it("parses a bare callback body, and an enveloped one from relays", () => {
    expect(parseCallbackBody(finished)).toMatchObject({ ok: true, value: { taskId: finished.task_id } });
    expect(parseCallbackBody({ code: 0, data: finished })).toMatchObject({ ok: true, value: { status: "succeed" } });
    expect(parseCallbackBody({ hello: "world" }).ok).toBe(false);
  });
});
