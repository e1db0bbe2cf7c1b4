"use client";

import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field";
import { MODEL_CAPABILITIES, settingRefusal, soundRefusal } from "@/lib/kling/capabilities";
import { ASPECT_RATIOS, MODES, SOUNDS, type Sound } from "@/lib/kling/fields";
import { type FittedSettings, fitToModel } from "@/lib/kling/fit-settings";
import { describeFix, MODE_LABELS } from "./capability-rules";
import { ChoiceField } from "./choice-field";
import { DurationField } from "./duration-field";
import { ModelField } from "./model-field";
import type { UnavailableModel } from "./model-options";
import type { StudioSubmission, StudioValues } from "./studio-form-schema";

const SOUND_LABELS: Record<Sound, string> = { off: "Off", on: "On" };

/**
 * Model, mode, duration, sound, aspect ratio and CFG scale. What the model cannot take is disabled with
 * the reason shown; when a change of model or mode leaves a duration or sound the model cannot make, the
 * nearest valid value replaces it and a polite live region says so.
 */
export function TakeSettingsFields(props: {
  form: UseFormReturn<StudioValues, unknown, StudioSubmission>;
  unavailableModels: readonly UnavailableModel[];
  today: string;
  canCheckAgain: boolean;
}) {
  const { form } = props;
  const { register, formState, setValue } = form;
  const { errors } = formState;
  const values = form.watch();
  // What the last change fitted, kept with the settings it was said for: a reset or a restored draft
  // leaves it behind instead of showing it under settings it no longer describes.
  const [notice, setNotice] = useState({ text: "", settings: "" });
  const sound = values.sound ?? "off";
  const settingsKey = [values.model_name, values.mode, values.duration, sound].join(" ");

  function choose(change: Partial<FittedSettings>) {
    const current: FittedSettings = {
      model_name: values.model_name,
      mode: values.mode,
      duration: values.duration,
      sound,
    };
    const { settings, fixes } = fitToModel({ ...current, ...change });
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    if (settings.model_name !== values.model_name) {
      form.clearErrors("model_name");
      setValue("model_name", settings.model_name, options);
    }
    if (settings.mode !== values.mode) setValue("mode", settings.mode, options);
    if (settings.duration !== values.duration) setValue("duration", settings.duration, options);
    if (settings.sound !== sound) setValue("sound", settings.sound, options);
    setNotice({
      text: fixes.map(describeFix).join(" "),
      settings: [settings.model_name, settings.mode, settings.duration, settings.sound ?? "off"].join(" "),
    });
  }

  return (
    <div className="grid gap-x-3 gap-y-4 sm:grid-cols-2">
      <ModelField
        value={values.model_name}
        onChoose={(model_name) => choose({ model_name })}
        unavailable={props.unavailableModels}
        today={props.today}
        canCheckAgain={props.canCheckAgain}
        onCheckedAgain={() => form.clearErrors("model_name")}
        error={errors.model_name?.message}
      />
      <output className="block text-sm text-violet-300 empty:hidden sm:col-span-2">
        {notice.settings === settingsKey ? notice.text : ""}
      </output>
      <ChoiceField
        label="Mode"
        name="mode"
        value={values.mode}
        options={MODES.map((mode) => ({
          value: mode,
          label: MODE_LABELS[mode],
          unavailable: settingRefusal({ model_name: values.model_name, mode }) ?? undefined,
        }))}
        onChoose={(mode) => choose({ mode })}
        error={errors.mode?.message}
      />
      <DurationField
        model={values.model_name}
        value={values.duration}
        onChoose={(duration) => choose({ duration })}
        error={errors.duration?.message}
      />
      <ChoiceField
        label="Sound"
        name="sound"
        value={sound}
        options={SOUNDS.map((choice) => ({
          value: choice,
          label: SOUND_LABELS[choice],
          unavailable: choice === "on" ? (soundRefusal(values) ?? undefined) : undefined,
        }))}
        onChoose={(choice) => choose({ sound: choice })}
        error={errors.sound?.message}
      />
      <ChoiceField
        label="Aspect ratio"
        name="aspect_ratio"
        value={values.aspect_ratio}
        options={ASPECT_RATIOS.map((ratio) => ({ value: ratio, label: ratio }))}
        onChoose={(ratio) => setValue("aspect_ratio", ratio, { shouldDirty: true })}
        error={errors.aspect_ratio?.message}
      />
      <div className="space-y-1 sm:col-span-2">
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
            className="min-w-0 flex-1 accent-accent touch:h-11"
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
  );
}
