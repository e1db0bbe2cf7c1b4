"use client";

import { useId } from "react";
import { AXIS_LABELS, PRESET_LABELS } from "@/lib/camera/axes";
import {
  AXIS_MAX,
  AXIS_MIN,
  CAMERA_AXES,
  completeConfig,
  PRESET_CAMERA_TYPES,
  type CameraAxis,
  type CameraControl,
} from "@/lib/kling/schema";

const AXIS_TITLES: Record<CameraAxis, string> = {
  horizontal: "Horizontal",
  vertical: "Vertical",
  pan: "Pan",
  tilt: "Tilt",
  roll: "Roll",
  zoom: "Zoom",
};

export type CameraTypeChoice = "none" | CameraControl["type"];

/**
 * Camera movement: none, a simple one-axis move set with six sliders, or a preset. A simple move takes
 * exactly one non-zero axis, so moving another axis moves the move to it.
 */
export function CameraFields(props: {
  value: CameraControl | undefined;
  onChange: (value: CameraControl | undefined) => void;
  disabledReason?: string;
  error?: string;
}) {
  const { value, onChange, disabledReason, error } = props;
  const typeId = useId();
  const choice: CameraTypeChoice = value?.type ?? "none";
  const config = completeConfig(value?.type === "simple" ? value.config : undefined);
  const activeAxis = CAMERA_AXES.find((axis) => config[axis] !== 0);
  const slidersEnabled = choice === "simple" && !disabledReason;

  function chooseType(next: CameraTypeChoice) {
    if (next === "none") onChange(undefined);
    else if (next === "simple") onChange({ type: "simple", config: value?.type === "simple" ? value.config : {} });
    else onChange({ type: next });
  }

  function setAxis(axis: CameraAxis, raw: number) {
    const clamped = Math.max(AXIS_MIN, Math.min(AXIS_MAX, Number.isFinite(raw) ? raw : 0));
    const rounded = Math.round(clamped * 10) / 10;
    onChange({ type: "simple", config: { [axis]: rounded } });
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-line p-4" aria-describedby={`${typeId}-hint`}>
      <legend className="px-1 text-sm font-medium">Camera</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={typeId} className="text-sm text-zinc-300">
          Camera movement
        </label>
        <select
          id={typeId}
          value={choice}
          disabled={Boolean(disabledReason)}
          onChange={(event) => chooseType(event.target.value as CameraTypeChoice)}
          className="rounded-md border border-line bg-ink px-3 py-2 disabled:opacity-50"
        >
          <option value="none">None — the model decides</option>
          <option value="simple">Simple — one axis</option>
          {PRESET_CAMERA_TYPES.map((type) => (
            <option key={type} value={type}>
              {PRESET_LABELS[type].label} — {PRESET_LABELS[type].description}
            </option>
          ))}
        </select>
      </div>
      <p id={`${typeId}-hint`} className="text-xs text-zinc-400">
        {disabledReason
          ? `Camera control is unavailable: ${disabledReason}.`
          : choice === "simple"
            ? activeAxis
              ? `One axis at a time: the move is on ${AXIS_TITLES[activeAxis]}. Moving another axis moves it there.`
              : "Move one slider to choose the move."
            : choice === "none"
              ? "Choose Simple to set a move with the sliders, or a preset."
              : "Preset moves take no slider values."}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-400">
          {error}
        </p>
      ) : null}
      <div className="grid gap-3">
        {CAMERA_AXES.map((axis) => (
          <AxisSlider
            key={axis}
            axis={axis}
            value={config[axis]}
            enabled={slidersEnabled}
            onChange={(next) => setAxis(axis, next)}
          />
        ))}
      </div>
    </fieldset>
  );
}

function AxisSlider(props: { axis: CameraAxis; value: number; enabled: boolean; onChange: (value: number) => void }) {
  const { axis, value, enabled, onChange } = props;
  const id = useId();
  const labels = AXIS_LABELS[axis];
  return (
    <div className="grid grid-cols-[6rem_1fr_5rem] items-center gap-3">
      <label htmlFor={id} className="text-sm">
        {AXIS_TITLES[axis]}
      </label>
      <div>
        <input
          id={id}
          type="range"
          min={AXIS_MIN}
          max={AXIS_MAX}
          step={0.1}
          value={value}
          disabled={!enabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(Number(event.target.value))}
          className="w-full accent-accent disabled:opacity-40"
        />
        <p id={`${id}-hint`} className="flex justify-between text-[11px] text-zinc-400">
          <span>{labels.negative}</span>
          <span className="font-mono text-zinc-500">{labels.apiName}</span>
          <span>{labels.positive}</span>
        </p>
      </div>
      <input
        type="number"
        aria-label={`${AXIS_TITLES[axis]} value`}
        min={AXIS_MIN}
        max={AXIS_MAX}
        step={0.1}
        value={value}
        disabled={!enabled}
        onChange={(event) => onChange(event.target.valueAsNumber)}
        className="w-full rounded-md border border-line bg-ink px-2 py-1 text-right disabled:opacity-40"
      />
    </div>
  );
}
