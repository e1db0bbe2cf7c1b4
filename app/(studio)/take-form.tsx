"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { batchSize } from "@/lib/kling/batch.schema";
import { estimateUnits, formatCost } from "@/lib/kling/pricing";
import type { TakeView } from "@/lib/takes/view";
import { BatchFields } from "./batch-fields";
import { CameraDirectionField } from "./camera-direction-field";
import { CameraFields } from "./camera-fields";
import type { UnavailableModel } from "./model-options";
import { PromptField } from "./prompt-field";
import { RequestPreview } from "./request-preview";
import { cameraTravel, promptCount, requestPreviewOf } from "./request-view";
import { planOf, type StudioSubmission, type StudioValues } from "./studio-form-schema";
import { TakeSettingsFields } from "./take-settings-fields";
import { useSubmitTakes } from "./use-submit-takes";

/**
 * Every parameter of a take. The model catalogue decides what can be chosen (./_studio/take-settings-fields.tsx);
 * the camera move works on every model and the form says how it travels, with the camera direction in a
 * field of its own when it is written into the prompt. "Request sent to Kling" shows the exact body, and
 * the estimated cost of the whole press (one take or a batch) is on the Generate button.
 */
export function TakeForm(props: {
  form: UseFormReturn<StudioValues, unknown, StudioSubmission>;
  onReset: () => void;
  onCreated: (takes: TakeView[]) => void;
  /** Null when the signed-in role may generate; else why not (the server refuses anyway). */
  cannotGenerate?: string | null;
  /** Kling sends this studio callbacks (STUDIO_PUBLIC_URL is set): the body carries callback_url. */
  callbacks: boolean;
  unavailableModels: readonly UnavailableModel[];
  /** Today's date on the server (ISO), for what is retired. */
  today: string;
  /** The signed-in role may clear a model's unavailable mark ("Check again"). */
  canCheckAgain: boolean;
}) {
  const { form } = props;
  const { register, control, formState, setValue } = form;
  const { errors } = formState;
  const values = form.watch();
  const { submit, pending } = useSubmitTakes({ form, onCreated: props.onCreated });

  const sweep = values.batch.kind === "sweep";
  const travel = cameraTravel(values);
  const plan = planOf(values.batch);
  const takes = plan ? batchSize(plan) : 1;
  const units = estimateUnits(values) * takes;
  const costKnown = Number.isFinite(units) && takes >= 1;
  const preview = requestPreviewOf(values, { callbacks: props.callbacks, takes });
  const move = values.camera_intent;

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label="Generate a video">
      <PromptField
        id="prompt"
        label="Prompt"
        rows={4}
        placeholder="A lighthouse on a cliff at dusk, waves crashing below"
        count={promptCount(values)}
        error={errors.prompt?.message}
        registration={register("prompt")}
      />
      <PromptField
        id="negative_prompt"
        label="Negative prompt"
        rows={2}
        placeholder="What to avoid: blur, text, watermark"
        count={lengthOnly((values.negative_prompt ?? "").length)}
        error={errors.negative_prompt?.message}
        registration={register("negative_prompt")}
      />

      <TakeSettingsFields
        form={form}
        unavailableModels={props.unavailableModels}
        today={props.today}
        canCheckAgain={props.canCheckAgain}
      />

      <Controller
        control={control}
        name="camera_intent"
        render={({ field, fieldState }) => (
          <CameraFields
            value={field.value}
            onChange={(next) => {
              field.onChange(next);
              // Without a move there is no direction: a later move starts from the studio's wording.
              if (!next) setValue("camera_sentence", undefined, { shouldDirty: true });
            }}
            travel={travel}
            sweepActive={sweep}
            error={messageOf(fieldState.error)}
          >
            {move && !sweep && travel.delivery === "prompt" ? (
              <Controller
                control={control}
                name="camera_sentence"
                render={({ field: sentence, fieldState: sentenceState }) => (
                  <CameraDirectionField
                    move={move}
                    value={sentence.value}
                    onChange={sentence.onChange}
                    onBlur={sentence.onBlur}
                    inputRef={sentence.ref}
                    error={sentenceState.error?.message}
                  />
                )}
              />
            ) : null}
          </CameraFields>
        )}
      />

      <BatchFields
        batch={values.batch}
        onKindChange={(kind) =>
          setValue("batch.kind", kind, { shouldDirty: true, shouldValidate: formState.isSubmitted })
        }
        register={register}
        errors={errors.batch}
      />

      <RequestPreview json={preview.json} note={preview.note} />

      {/* Below 1024 px the button is a bar stuck to the bottom of the screen while the form scrolls under it. */}
      <div className="space-y-2 max-lg:sticky max-lg:bottom-0 max-lg:z-20 max-lg:-mx-4 max-lg:border-t max-lg:border-line max-lg:bg-ink/95 max-lg:px-4 max-lg:py-3 max-lg:backdrop-blur lg:mb-2">
        <Button
          type="submit"
          variant="primary"
          size="lg"
          disabled={pending || Boolean(props.cannotGenerate)}
          aria-busy={pending}
          aria-describedby={props.cannotGenerate ? "cannot-generate" : undefined}
          className="w-full"
        >
          {pending
            ? "Submitting…"
            : costKnown
              ? `Generate${takes === 1 ? "" : ` ${takes} takes`} · ${formatCost(units)}`
              : "Generate"}
        </Button>
        {props.cannotGenerate ? (
          <p id="cannot-generate" className="text-sm text-amber-200">
            {props.cannotGenerate}
          </p>
        ) : null}
        <FieldError message={errors.root?.server?.message} className="text-sm" />
      </div>
      <div className="flex items-center justify-between gap-3 text-xs text-zinc-400">
        <span>Estimated from the price table; Kling reports the final figure per take.</span>
        <Button variant="ghost" size="xs" onClick={props.onReset} className="shrink-0">
          Reset form
        </Button>
      </div>
    </form>
  );
}

function lengthOnly(length: number) {
  return { prompt: length, direction: 0, total: length };
}

/** The message of a field error, or of the first nested one (a simple move's config, a union's root). */
function messageOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if ("message" in error && typeof error.message === "string" && error.message) return error.message;
  for (const [key, nested] of Object.entries(error)) {
    if (key === "ref" || key === "types") continue;
    const message = messageOf(nested);
    if (message) return message;
  }
  return undefined;
}
