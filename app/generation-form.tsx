"use client";

import { useState } from "react";
import { Controller, type UseFormReturn } from "react-hook-form";
import type { GenerationView } from "@/lib/generations/view";
import { batchSize } from "@/lib/kling/batch.schema";
import { cameraControlSupport, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { estimateUnits, formatCost } from "@/lib/kling/pricing";
import { ASPECT_RATIOS, DURATIONS, MODEL_NAMES, MODES } from "@/lib/kling/fields";
import { BatchFields } from "./_studio/batch-fields";
import {
  cameraConflict,
  describeOption,
  MODE_LABELS,
  modelLacks,
  usesCamera,
  type CapabilityField,
  type CapabilitySettings,
} from "./_studio/capability-rules";
import { ChoiceField } from "./_studio/choice-field";
import { ConfirmDialog } from "./_studio/confirm-dialog";
import { FieldError } from "./_studio/field-error";
import { PromptField } from "./_studio/prompt-field";
import { planOf, type StudioSubmission, type StudioValues } from "./_studio/studio-form-schema";
import { useSubmitTakes } from "./_studio/use-submit-takes";
import { CameraFields } from "./camera-fields";

const FIELD_NOUNS: Record<CapabilityField, string> = { model_name: "model", mode: "mode", duration: "duration" };

type PendingChange = { field: CapabilityField; change: Partial<CapabilitySettings>; value: string; reason: string };

/**
 * Every parameter of a take, driven by the capability matrix: what the model cannot take is disabled
 * with the reason shown, and a change that the camera move cannot follow asks before clearing the move.
 * The estimated cost of the whole press (one take or a batch) is on the Generate button.
 */
export function GenerationForm(props: {
  form: UseFormReturn<StudioValues, unknown, StudioSubmission>;
  onReset: () => void;
  onCreated: (takes: GenerationView[]) => void;
  /** Null when the signed-in role may generate; else why not (the server refuses anyway). */
  cannotGenerate?: string | null;
}) {
  const { form } = props;
  const { register, control, formState, setValue } = form;
  const { errors } = formState;
  const values = form.watch();
  const { submit, pending } = useSubmitTakes({ form, onCreated: props.onCreated });
  const [pendingChange, setPendingChange] = useState<PendingChange | null>(null);

  const camera = cameraControlSupport(values);
  const hasMove = usesCamera(values);
  const plan = planOf(values.batch);
  const takes = plan ? batchSize(plan) : 1;
  const units = estimateUnits(values) * takes;
  const costKnown = Number.isFinite(units) && takes >= 1;

  function apply(change: Partial<CapabilitySettings>) {
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    if (change.model_name) setValue("model_name", change.model_name, options);
    if (change.mode) setValue("mode", change.mode, options);
    if (change.duration) setValue("duration", change.duration, options);
  }

  function choose(field: CapabilityField, value: string, change: Partial<CapabilitySettings>) {
    const reason = cameraConflict(values, change);
    if (reason) setPendingChange({ field, change, value, reason });
    else apply(change);
  }

  function confirmClear() {
    if (!pendingChange) return;
    setValue("camera_intent", undefined, { shouldDirty: true });
    if (values.batch.kind === "sweep") setValue("batch.kind", "single", { shouldDirty: true });
    apply(pendingChange.change);
    setPendingChange(null);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label="Generate a video">
      <PromptField
        id="prompt"
        label="Prompt"
        rows={4}
        placeholder="A lighthouse on a cliff at dusk, waves crashing below"
        length={values.prompt.length}
        error={errors.prompt?.message}
        registration={register("prompt")}
      />
      <PromptField
        id="negative_prompt"
        label="Negative prompt"
        rows={2}
        placeholder="What to avoid: blur, text, watermark"
        length={(values.negative_prompt ?? "").length}
        error={errors.negative_prompt?.message}
        registration={register("negative_prompt")}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="model_name" className="text-sm font-medium">
            Model
          </label>
          <select
            id="model_name"
            value={values.model_name}
            aria-describedby="model-hint"
            onChange={(event) => {
              const model = MODEL_NAMES.find((name) => name === event.target.value);
              if (model) choose("model_name", model, { model_name: model });
            }}
            className="w-full rounded-md border border-line bg-ink px-3 py-2"
          >
            {MODEL_NAMES.map((model) => (
              <option key={model} value={model}>
                {MODEL_CAPABILITIES[model].label} ({model})
                {model !== values.model_name && cameraConflict(values, { model_name: model }) ? " — no camera control" : ""}
              </option>
            ))}
          </select>
          <p id="model-hint" className="text-xs text-zinc-400">
            {hasMove
              ? "Camera control works only with Kling 1.0 (kling-v1); choosing another model asks before clearing the camera move."
              : "Camera control is available with Kling 1.0 (kling-v1) in Standard mode, 5 s."}
          </p>
          <FieldError message={errors.model_name?.message} />
        </div>
        <ChoiceField
          label="Mode"
          name="mode"
          value={values.mode}
          options={MODES.map((mode) => ({
            value: mode,
            label: MODE_LABELS[mode],
            unavailable: modelLacks(values.model_name, { mode }),
            conflict: mode === values.mode ? undefined : (cameraConflict(values, { mode }) ?? undefined),
          }))}
          onChoose={(mode) => choose("mode", mode, { mode })}
          error={errors.mode?.message}
        />
        <ChoiceField
          label="Duration"
          name="duration"
          value={values.duration}
          options={DURATIONS.map((duration) => ({
            value: duration,
            label: `${duration} s`,
            unavailable: modelLacks(values.model_name, { duration }),
            conflict: duration === values.duration ? undefined : (cameraConflict(values, { duration }) ?? undefined),
          }))}
          onChoose={(duration) => choose("duration", duration, { duration })}
          error={errors.duration?.message}
        />
        <ChoiceField
          label="Aspect ratio"
          name="aspect_ratio"
          value={values.aspect_ratio}
          options={ASPECT_RATIOS.map((ratio) => ({ value: ratio, label: ratio }))}
          onChoose={(ratio) => setValue("aspect_ratio", ratio, { shouldDirty: true })}
          error={errors.aspect_ratio?.message}
        />
        <div className="space-y-1">
          <label htmlFor="cfg_scale" className="text-sm font-medium">
            CFG scale
          </label>
          <div className="flex items-center gap-3">
            <input
              id="cfg_scale"
              type="range"
              min={0}
              max={1}
              step={0.05}
              {...register("cfg_scale", { valueAsNumber: true })}
              className="flex-1 accent-accent"
              aria-describedby="cfg-hint"
            />
            <output htmlFor="cfg_scale" className="w-10 text-right font-mono text-sm">
              {Number(values.cfg_scale).toFixed(2)}
            </output>
          </div>
          <p id="cfg-hint" className="text-xs text-zinc-400">
            {MODEL_CAPABILITIES[values.model_name].usesCfgScale
              ? "How closely to follow the prompt: higher sticks closer."
              : `${values.model_name} ignores CFG scale.`}
          </p>
          <FieldError message={errors.cfg_scale?.message} />
        </div>
      </div>

      <Controller
        control={control}
        name="camera_intent"
        render={({ field, fieldState }) => (
          <CameraFields
            value={field.value}
            onChange={field.onChange}
            disabledReason={camera.ok ? undefined : camera.detail}
            sweepActive={values.batch.kind === "sweep"}
            error={messageOf(fieldState.error)}
          />
        )}
      />

      <BatchFields
        batch={values.batch}
        onKindChange={(kind) => setValue("batch.kind", kind, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
        register={register}
        errors={errors.batch}
      />

      <div className="space-y-2">
        <button
          type="submit"
          disabled={pending || Boolean(props.cannotGenerate)}
          aria-busy={pending}
          aria-describedby={props.cannotGenerate ? "cannot-generate" : undefined}
          className="w-full rounded-md bg-violet-700 px-4 py-3 font-medium text-white hover:bg-violet-600 disabled:opacity-60"
        >
          {pending
            ? "Submitting…"
            : costKnown
              ? `Generate${takes === 1 ? "" : ` ${takes} takes`} · ${formatCost(units)}`
              : "Generate"}
        </button>
        {props.cannotGenerate ? (
          <p id="cannot-generate" className="text-sm text-amber-200">
            {props.cannotGenerate}
          </p>
        ) : null}
        <FieldError message={errors.root?.server?.message} />
        <div className="flex items-center justify-between text-xs text-zinc-400">
          <span>Estimated from the price table; Kling reports the final figure per take.</span>
          <button type="button" onClick={props.onReset} className="rounded px-2 py-1 text-zinc-300 hover:bg-panel">
            Reset form
          </button>
        </div>
      </div>

      <ConfirmDialog
        request={
          pendingChange && {
            title: "Clear the camera move?",
            body:
              `${describeOption(pendingChange.field, pendingChange.value)} cannot take camera control ` +
              `(${pendingChange.reason}). Clear the camera move${values.batch.kind === "sweep" ? " and the camera sweep" : ""} ` +
              `to switch, or keep the current ${FIELD_NOUNS[pendingChange.field]}.`,
            confirmLabel: "Clear camera move",
            cancelLabel: `Keep current ${FIELD_NOUNS[pendingChange.field]}`,
          }
        }
        onConfirm={confirmClear}
        onCancel={() => setPendingChange(null)}
      />
    </form>
  );
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
