/**
 * What Kling receives equals what the studio form's "Request sent to Kling" disclosure showed: the
 * create bodies are captured on loopback between the worker and the sandbox, byte for byte, and compared
 * with `requestPreview` of the same settings, apart from the two placeholders submit fills in.
 */
import { afterEach, describe, expect, it } from "vitest";
import { expandBatch, takeBatchSchema } from "@/lib/kling/batch.schema";
import { createKlingClient } from "@/lib/kling/client";
import { CALLBACK_URL_PLACEHOLDER, EXTERNAL_TASK_ID_PLACEHOLDER, requestPreview } from "@/lib/kling/request";
import type { TakeParams } from "@/lib/kling/schema";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import { type CountingProxy, startCountingProxy } from "@/test/support/counting-proxy";
import { type Harness, harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { createTake, createTakeBatch } from "./create";

const harness = harnessesPerTest();
const CALLBACK = "http://127.0.0.1:9/api/kling/callback";
let proxy: CountingProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function capturing(): Promise<Harness & { proxy: CountingProxy }> {
  const h = await harness();
  proxy = await startCountingProxy(h.sandboxUrl);
  h.ctx.kling = createKlingClient({
    baseUrl: proxy.url,
    auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
    timeoutMs: 10_000,
  });
  h.ctx.callbackUrl = CALLBACK;
  return Object.assign(h, { proxy });
}

/** The disclosure's body with its placeholders filled as submit fills them. */
function shown(settings: TakeParams, takeId: string): unknown {
  const preview = requestPreview(settings, { callbacks: true });
  expect(preview.external_task_id).toBe(EXTERNAL_TASK_ID_PLACEHOLDER);
  expect(preview.callback_url).toBe(CALLBACK_URL_PLACEHOLDER);
  return { ...preview, external_task_id: takeId, callback_url: CALLBACK };
}

const CASES: [string, TakeParams][] = [
  [
    "kling-v2-6 with pan +5 (the move in the prompt)",
    takeParams("A lighthouse at dusk", {
      model_name: "kling-v2-6",
      camera_intent: { type: "simple", config: { pan: 5 } },
    }),
  ],
  [
    "kling-v1 std 5 s with pan +5 (camera_control)",
    takeParams("A lighthouse at dusk", { camera_intent: { type: "simple", config: { pan: 5 } } }),
  ],
  [
    "kling-v3 12 s pro with sound, a preset and the creator's own direction",
    takeParams("A market at noon", {
      model_name: "kling-v3",
      mode: "pro",
      duration: "12",
      sound: "on",
      negative_prompt: "blur",
      camera_intent: { type: "forward_up" },
      camera_sentence: "Slow crane up over the stalls.",
    }),
  ],
  ["kling-v2-master with no move", takeParams("A quiet field", { model_name: "kling-v2-master", cfg_scale: 0.8 })],
];

describe("the create body on the wire", () => {
  for (const [name, settings] of CASES) {
    it(`deep-equals the disclosure for ${name}`, async () => {
      const h = await capturing();
      const take = await createTake(h.ctx, h.worker, { params: settings, createdBy: "test" });
      expect(take.status).toBe("submitted");
      const bodies = h.proxy.createBodies();
      expect(bodies).toHaveLength(1);
      expect(JSON.parse(bodies[0])).toStrictEqual(shown(settings, take.id));
    });
  }

  it("deep-equals the disclosure for every take of a camera sweep on kling-v3", async () => {
    const h = await capturing();
    const batch = takeBatchSchema.parse({
      params: takeParams("A harbour at dawn", { model_name: "kling-v3", duration: "6" }),
      plan: { kind: "sweep", axes: ["tilt", "roll"], magnitude: 8, bothSigns: true },
    });
    const takes = expandBatch(batch);
    const created = await createTakeBatch(h.ctx, h.worker, { params: takes, createdBy: "test" });
    h.worker.start();
    for (const take of created) await h.waitFor(take.id, (row) => row.upstreamTaskId !== null);
    const received = h.proxy.createBodies().map((body) => JSON.parse(body) as { external_task_id: string });
    expect(received).toHaveLength(4);
    for (const [index, take] of created.entries()) {
      const body = received.find((candidate) => candidate.external_task_id === take.id);
      expect(body).toStrictEqual(shown(takes[index], take.id));
    }
  });
});
