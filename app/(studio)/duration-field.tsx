"use client";

import { Field, Select } from "@/components/ui/field";
import { durationRange, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import type { Duration, ModelName } from "@/lib/kling/fields";
import { ChoiceField } from "./choice-field";

/** More lengths than this and the durations are a list to pick from, not a row of buttons. */
const MOST_BUTTONS = 4;

/**
 * The clip length, in the control that fits the model: a row of radio buttons for the 5 or 10 s models,
 * a list (3 to 15 s) for kling-v3. Either way it offers only what the model makes, and says so.
 */
export function DurationField(props: {
  model: ModelName;
  value: Duration;
  onChoose: (duration: Duration) => void;
  error?: string;
}) {
  const { model, value } = props;
  const durations = MODEL_CAPABILITIES[model].durations;
  const hint = `${model} makes clips of ${durationRange(durations)}.`;

  if (durations.length <= MOST_BUTTONS) {
    return (
      <ChoiceField
        label="Duration"
        name="duration"
        value={value}
        options={durations.map((duration) => ({ value: duration, label: `${duration} s` }))}
        onChoose={props.onChoose}
        hint={hint}
        error={props.error}
      />
    );
  }
  return (
    <Field label="Duration" hint={hint} error={props.error}>
      <Select
        value={value}
        controlSize="md"
        onChange={(event) => {
          const duration = durations.find((candidate) => candidate === event.target.value);
          if (duration) props.onChoose(duration);
        }}
        className="w-full px-3"
      >
        {durations.map((duration) => (
          <option key={duration} value={duration}>
            {duration} s
          </option>
        ))}
      </Select>
    </Field>
  );
}
