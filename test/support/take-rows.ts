/** A take row for tests: plain kling-v1 settings, queued; each test names what matters to it in `patch`. */
import { randomUUID } from "node:crypto";
import type { NewTake } from "@/lib/db/schema";

export function takeRow(patch: Partial<NewTake> = {}): NewTake {
  return {
    id: randomUUID(),
    createdBy: "studio",
    modelName: "kling-v1",
    prompt: "A fox in the snow",
    negativePrompt: "",
    cfgScale: 0.5,
    mode: "std",
    aspectRatio: "16:9",
    duration: "5",
    status: "queued",
    unitsEstimated: 1,
    ...patch,
  };
}
