import { randomUUID } from "node:crypto";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getTake, getVisibleTake, insertTakeRow } from "@/lib/db/queries/takes";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { posterKey, videoKey } from "@/lib/storage/storage";
import { createTake } from "@/lib/worker/create";
import { type Harness, startHarness } from "@/test/support/worker-harness";
import { purgeDeletedTakes } from "./purge";
import { deleteTake, restoreTake, retryTake } from "./take-actions";

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) {
    await harness.stop().catch(() => undefined);
    await harness.dispose();
  }
});

async function harness() {
  const started = await startHarness();
  harnesses.push(started);
  return started;
}

async function waitFor(h: Harness, id: string, status: string) {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const row = await getTake(h.ctx.db, id);
    if (row?.status === status) return row;
    if (Date.now() > deadline) throw new Error(`timed out; last state ${row?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a take's actions", () => {
  it("retries a failed take as a new take with the same settings, keeping the failure on record", async () => {
    const h = await harness();
    h.worker.start();
    const params = {
      ...DEFAULT_PARAMS,
      prompt: "A quiet harbour [sandbox:fail]",
      aspect_ratio: "9:16" as const,
      cfg_scale: 0.7,
    };
    const original = await createTake(h.ctx, h.worker, { params, createdBy: "ben" });
    await waitFor(h, original.id, "failed");

    const retried = await retryTake({ context: h.ctx, worker: h.worker, id: original.id });
    expect(retried.id).not.toBe(original.id);
    expect(retried.status).toBe("submitted");
    expect(retried.createdBy).toBe("ben");
    expect({ prompt: retried.prompt, aspect: retried.aspectRatio, cfg: retried.cfgScale }).toEqual({
      prompt: params.prompt,
      aspect: "9:16",
      cfg: 0.7,
    });
    expect((await getTake(h.ctx.db, original.id))?.status).toBe("failed");
  });

  it("refuses to retry a take that did not fail", async () => {
    const h = await harness();
    h.worker.start();
    const take = await createTake(h.ctx, h.worker, {
      params: { ...DEFAULT_PARAMS, prompt: "A fox" },
      createdBy: "ana",
    });
    await waitFor(h, take.id, "ready");
    await expect(retryTake({ context: h.ctx, worker: h.worker, id: take.id })).rejects.toMatchObject({
      code: "conflict:not_failed",
    });
  });

  it("deletes softly, restores, and refuses to delete twice", async () => {
    const h = await harness();
    const take = await createTake(h.ctx, h.worker, {
      params: { ...DEFAULT_PARAMS, prompt: "A fox" },
      createdBy: "ana",
      submitNow: false,
    });
    await deleteTake(h.ctx.db, { id: take.id, now: new Date() });
    expect(await getVisibleTake(h.ctx.db, take.id)).toBeUndefined();
    await expect(deleteTake(h.ctx.db, { id: take.id, now: new Date() })).rejects.toMatchObject({
      code: "not_found:take",
    });
    const restored = await restoreTake(h.ctx.db, take.id);
    expect(restored.deletedAt).toBeNull();
    await expect(restoreTake(h.ctx.db, take.id)).rejects.toMatchObject({ code: "not_found:take" });
  });

  it("purges the media and rows of finished takes deleted long enough ago, and nothing else", async () => {
    const h = await harness();
    const now = new Date("2026-05-10T00:00:00Z");
    const make = async (input: { deletedDaysAgo: number | null; status: "ready" | "processing" }) => {
      const id = randomUUID();
      for (const key of [videoKey(id), posterKey(id)]) {
        await mkdir(path.dirname(path.join(h.dir, "media", key)), { recursive: true });
        await writeFile(path.join(h.dir, "media", key), "media");
      }
      await insertTakeRow(h.ctx.db, {
        id,
        createdBy: "ana",
        modelName: "kling-v1",
        prompt: "Old take",
        cfgScale: 0.5,
        mode: "std",
        aspectRatio: "16:9",
        duration: "5",
        status: input.status,
        unitsEstimated: 1,
        videoKey: videoKey(id),
        posterKey: posterKey(id),
        deletedAt: input.deletedDaysAgo === null ? null : new Date(now.getTime() - input.deletedDaysAgo * 86_400_000),
      });
      return id;
    };
    const old = await make({ deletedDaysAgo: 8, status: "ready" });
    const recent = await make({ deletedDaysAgo: 1, status: "ready" });
    const running = await make({ deletedDaysAgo: 8, status: "processing" });
    const kept = await make({ deletedDaysAgo: null, status: "ready" });

    expect(await purgeDeletedTakes({ db: h.ctx.db, storage: h.ctx.storage, now })).toBe(1);
    expect(await getTake(h.ctx.db, old)).toBeUndefined();
    await expect(stat(path.join(h.dir, "media", videoKey(old)))).rejects.toThrow();
    for (const id of [recent, running, kept]) {
      expect(await getTake(h.ctx.db, id)).toBeDefined();
      expect((await stat(path.join(h.dir, "media", videoKey(id)))).isFile()).toBe(true);
    }
  });
});
