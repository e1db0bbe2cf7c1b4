"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { GenerationView } from "@/lib/generations/view";
import { cameraControlSupport, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { estimateUnits, formatCost } from "@/lib/kling/pricing";
import {
  ASPECT_RATIOS,
  DEFAULT_PARAMS,
  DURATIONS,
  generationParamsSchema,
  MODEL_NAMES,
  MODES,
  PROMPT_MAX,
  type GenerationParams,
  type GenerationParamsInput,
} from "@/lib/kling/schema";
import { createGenerationAction } from "./actions";
import { CameraFields } from "./camera-fields";

const FIELD_NAMES = new Set(["prompt", "negative_prompt", "model_name", "mode", "aspect_ratio", "duration", "cfg_scale", "camera_control"]);

export function GenerationForm(props: { onCreated?: (take: GenerationView) => void }) {
  const [pending, startTransition] = useTransition();
  const form = useForm<GenerationParamsInput, unknown, GenerationParams>({
    resolver: zodResolver(generationParamsSchema),
    defaultValues: DEFAULT_PARAMS,
    mode: "onTouched",
  });
  const { register, handleSubmit, watch, formState, setError, control } = form;
  const values = watch();
  const capabilities = MODEL_CAPABILITIES[values.model_name];
  const camera = cameraControlSupport(values);
  const units = estimateUnits(values);

  const onSubmit = handleSubmit((params) => {
    startTransition(async () => {
      const result = await createGenerationAction(params);
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          const name = field.split(".")[0];
          if (FIELD_NAMES.has(name)) setError(name as keyof GenerationParamsInput, { message: messages[0] });
        }
        toast.error(result.message);
        return;
      }
      props.onCreated?.(result.data);
      toast.success("Take queued", {
        description: result.data.params.prompt.slice(0, 80),
        action: { label: "View take", onClick: () => window.location.assign(`/gallery#take-${result.data.id}`) },
      });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Generate a video">
      <div className="space-y-1">
        <label htmlFor="prompt" className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id="prompt"
          rows={4}
          {...register("prompt")}
          aria-invalid={Boolean(formState.errors.prompt)}
          aria-describedby="prompt-count prompt-error"
          placeholder="A lighthouse on a cliff at dusk, waves crashing below"
          className="w-full rounded-md border border-line bg-ink px-3 py-2"
        />
        <div className="flex justify-between text-xs">
          <span id="prompt-error" role="alert" className="text-red-400">
            {formState.errors.prompt?.message}
          </span>
          <span id="prompt-count" className={values.prompt.length > PROMPT_MAX ? "text-red-400" : "text-zinc-400"}>
            {values.prompt.length} / {PROMPT_MAX}
          </span>
        </div>
      </div>

      <div className="space-y-1">
        <label htmlFor="negative_prompt" className="text-sm font-medium">
          Negative prompt
        </label>
        <textarea
          id="negative_prompt"
          rows={2}
          {...register("negative_prompt")}
          aria-invalid={Boolean(formState.errors.negative_prompt)}
          aria-describedby="negative-count negative-error"
          placeholder="What to avoid: blur, text, watermark"
          className="w-full rounded-md border border-line bg-ink px-3 py-2"
        />
        <div className="flex justify-between text-xs">
          <span id="negative-error" role="alert" className="text-red-400">
            {formState.errors.negative_prompt?.message}
          </span>
          <span id="negative-count" className="text-zinc-400">
            {(values.negative_prompt ?? "").length} / {PROMPT_MAX}
          </span>
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="model_name" className="text-sm font-medium">
            Model
          </label>
          <select id="model_name" {...register("model_name")} className="w-full rounded-md border border-line bg-ink px-3 py-2">
            {MODEL_NAMES.map((model) => (
              <option key={model} value={model}>
                {MODEL_CAPABILITIES[model].label} ({model})
              </option>
            ))}
          </select>
          <FieldError message={formState.errors.model_name?.message} />
        </div>
        <Choice
          label="Mode"
          name="mode"
          options={MODES.map((mode) => ({
            value: mode,
            label: mode === "std" ? "Standard" : "Professional",
            disabledReason: capabilities.modes.includes(mode) ? undefined : `${values.model_name} has no ${mode} mode`,
          }))}
          register={register("mode")}
          error={formState.errors.mode?.message}
        />
        <Choice
          label="Aspect ratio"
          name="aspect_ratio"
          options={ASPECT_RATIOS.map((ratio) => ({ value: ratio, label: ratio }))}
          register={register("aspect_ratio")}
          error={formState.errors.aspect_ratio?.message}
        />
        <Choice
          label="Duration"
          name="duration"
          options={DURATIONS.map((duration) => ({
            value: duration,
            label: `${duration} s`,
            disabledReason: capabilities.durations.includes(duration) ? undefined : `${values.model_name} cannot make ${duration} s clips`,
          }))}
          register={register("duration")}
          error={formState.errors.duration?.message}
        />
      </div>

      <div className="space-y-1">
        <label htmlFor="cfg_scale" className="text-sm font-medium">
          CFG scale <span className="font-normal text-zinc-400">(how closely to follow the prompt)</span>
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
          {capabilities.usesCfgScale ? "Higher sticks closer to the prompt." : `${values.model_name} ignores CFG scale.`}
        </p>
        <FieldError message={formState.errors.cfg_scale?.message} />
      </div>

      <Controller
        control={control}
        name="camera_control"
        render={({ field, fieldState }) => (
          <CameraFields
            value={field.value}
            onChange={field.onChange}
            disabledReason={camera.ok ? undefined : camera.detail}
            error={fieldState.error?.message ?? fieldState.error?.root?.message}
          />
        )}
      />

      <button
        type="submit"
        disabled={pending}
        aria-describedby="cost-estimate"
        className="w-full rounded-md bg-accent px-4 py-3 font-medium text-white hover:brightness-110 disabled:opacity-60"
      >
        {pending ? "Submitting…" : "Generate"}
      </button>
      <p id="cost-estimate" className="text-center text-xs text-zinc-400">
        Estimated cost: {formatCost(units)}
      </p>
    </form>
  );
}

function Choice(props: {
  label: string;
  name: string;
  options: { value: string; label: string; disabledReason?: string }[];
  register: ReturnType<ReturnType<typeof useForm<GenerationParamsInput, unknown, GenerationParams>>["register"]>;
  error?: string;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{props.label}</legend>
      <div className="flex flex-wrap gap-2">
        {props.options.map((option) => (
          <label
            key={option.value}
            title={option.disabledReason}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50"
          >
            <input type="radio" value={option.value} disabled={Boolean(option.disabledReason)} {...props.register} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError message={props.error} />
    </fieldset>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-xs text-red-400">
      {message}
    </p>
  ) : null;
}
