"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { TakeView } from "@/lib/takes/view";
import { createTakeAction, createTakeBatchAction } from "./actions";
import { useJoinShotId } from "./remix-shot";
import { planOf, type StudioSubmission, type StudioValues } from "./studio-form-schema";

const PARAM_FIELDS = [
  "prompt",
  "negative_prompt",
  "model_name",
  "mode",
  "aspect_ratio",
  "duration",
  "sound",
  "cfg_scale",
  "camera_intent",
  "camera_sentence",
] as const satisfies readonly FieldPath<StudioValues>[];
const BATCH_FIELDS = [
  "batch.kind",
  "batch.count",
  "batch.axes",
  "batch.magnitude",
] as const satisfies readonly FieldPath<StudioValues>[];

/**
 * Sends the form: one take through `createTakeAction` (sent at once, so a refusal such as the
 * content filter comes back to the form), or a batch through `createTakeBatchAction`. The server's
 * field errors land on the fields they name; anything else is shown by the Generate button. A refusal of
 * the model (Kling refused it, or it is marked unavailable) refreshes the page's list of unavailable
 * models, so the Model list shows it disabled.
 */
export function useSubmitTakes(options: {
  form: UseFormReturn<StudioValues, unknown, StudioSubmission>;
  onCreated: (takes: TakeView[]) => void;
}) {
  const { form, onCreated } = options;
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const joinShotId = useJoinShotId();

  const submit = form.handleSubmit((values) => {
    startTransition(async () => {
      const { batch, ...params } = values;
      const plan = planOf(batch);
      const result = plan
        ? await createTakeBatchAction({ params, plan, shot_id: joinShotId })
        : await createTakeAction({ ...params, shot_id: joinShotId }).then((single) =>
            single.ok ? { ok: true as const, data: [single.data] } : single,
          );
      if (!result.ok) {
        const fieldErrors = result.fieldErrors ?? {};
        const onFields = applyServerErrors(form, fieldErrors);
        if (!onFields) form.setError("root.server", { type: "server", message: result.message });
        toast.error(result.message);
        if (Object.keys(fieldErrors).some((key) => formPathOf(key) === "model_name")) router.refresh();
        return;
      }
      onCreated(result.data);
      const [first] = result.data;
      toast.success(result.data.length === 1 ? "Take queued" : `${result.data.length} takes queued`, {
        description: (
          <Link href={`/takes/${first.id}`} prefetch={false} className="underline">
            {result.data.length === 1 ? "Open the take" : "Open the first take"}
          </Link>
        ),
      });
    });
  });

  return { submit, pending };
}

/** Puts each error on its field; false when none of them names a field. */
function applyServerErrors(
  form: UseFormReturn<StudioValues, unknown, StudioSubmission>,
  fieldErrors: Record<string, string[]>,
): boolean {
  let focused = false;
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const path = formPathOf(key);
    if (!path || messages.length === 0) continue;
    form.setError(path, { type: "server", message: messages[0] }, { shouldFocus: !focused });
    focused = true;
  }
  return focused;
}

/** A server error key ("prompt", "params.camera_intent.config", "plan.count") as a form field. */
function formPathOf(key: string): FieldPath<StudioValues> | undefined {
  const parts = key.split(".");
  if (parts[0] === "params") parts.shift();
  if (parts[0] === "plan") return BATCH_FIELDS.find((field) => field === `batch.${parts[1]}`) ?? "batch.kind";
  return PARAM_FIELDS.find((field) => field === parts[0]);
}
