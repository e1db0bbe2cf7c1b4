"use client";

import { type ReactNode, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldError, Select } from "@/components/ui/field";
import { PRESET_LABELS } from "@/lib/camera/axes";
import { type CameraControl, completeConfig } from "@/lib/kling/camera-control";
import {
  AXIS_MAX,
  AXIS_MIN,
  CAMERA_AXES,
  CAMERA_TYPES,
  type CameraAxis,
  PRESET_CAMERA_TYPES,
} from "@/lib/kling/fields";
import { CAMERA_DELIVERY_LABELS, type CameraDelivery } from "@/lib/kling/request";
import { AXIS_TITLES, AxisSlider, FINE_STEP } from "./axis-slider";

type CameraTypeChoice = "none" | CameraControl["type"];
const CHOICES: readonly CameraTypeChoice[] = ["none", ...CAMERA_TYPES];

/**
 * Camera movement: none, a simple one-axis move set with six sliders, or a preset. A simple move takes
 * exactly one non-zero axis, so moving another axis moves the move to it, and a polite live region
 * says so. Presets take no slider values, so the sliders are disabled (and nothing of them is sent).
 * The same move works on every model; the fieldset says how it travels with the chosen settings.
 */
export function CameraFields(props: {
  value: CameraControl | undefined;
  onChange: (value: CameraControl | undefined) => void;
  /** how a move travels with the chosen model, mode and duration, and why not as camera_control */
  travel: { delivery: CameraDelivery; reason: string | null };
  /** a camera sweep sets each take's move instead */
  sweepActive?: boolean;
  error?: string;
  /** the camera direction, when the move is written into the prompt */
  children?: ReactNode;
}) {
  const { value, onChange, travel, sweepActive, error } = props;
  const id = useId();
  const [announcement, setAnnouncement] = useState("");
  const choice: CameraTypeChoice = value?.type ?? "none";
  const config = completeConfig(value?.type === "simple" ? value.config : undefined);
  const activeAxis = CAMERA_AXES.find((axis) => config[axis] !== 0);
  const slidersEnabled = choice === "simple" && !sweepActive;

  function chooseType(raw: string) {
    const next = CHOICES.find((candidate) => candidate === raw);
    if (!next) return;
    setAnnouncement("");
    if (next === "none") onChange(undefined);
    else if (next === "simple") onChange({ type: "simple", config: value?.type === "simple" ? value.config : {} });
    else onChange({ type: next });
  }

  function setAxis(axis: CameraAxis, raw: number) {
    const clamped = Math.max(AXIS_MIN, Math.min(AXIS_MAX, Number.isFinite(raw) ? raw : 0));
    const rounded = Math.round(clamped / FINE_STEP) * FINE_STEP;
    const next = Number(rounded.toFixed(1));
    if (activeAxis && activeAxis !== axis && next !== 0) {
      setAnnouncement(`Moved the move from ${AXIS_TITLES[activeAxis]} to ${AXIS_TITLES[axis]}`);
    } else if (next === 0 && activeAxis === axis) {
      setAnnouncement(`${AXIS_TITLES[axis]} reset to 0`);
    }
    onChange({ type: "simple", config: next === 0 ? {} : { [axis]: next } });
  }

  function resetAll() {
    setAnnouncement("All axes reset to 0");
    onChange({ type: "simple", config: {} });
  }

  return (
    <fieldset
      className="min-w-0 space-y-3 rounded-lg border border-line p-4 aria-[invalid=true]:border-red-500"
      aria-describedby={`${id}-travel ${id}-hint ${id}-error`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="px-1 text-sm font-medium">Camera</legend>
      <Field label="Camera movement" labelClassName="font-normal text-zinc-300">
        <Select
          value={choice}
          disabled={sweepActive}
          onChange={(event) => chooseType(event.target.value)}
          className="w-full"
        >
          <option value="none">None — the model decides</option>
          <option value="simple">Simple — one axis</option>
          {PRESET_CAMERA_TYPES.map((type) => (
            <option key={type} value={type}>
              {PRESET_LABELS[type].label} — {PRESET_LABELS[type].description}
            </option>
          ))}
        </Select>
      </Field>
      <p id={`${id}-travel`} className="text-sm text-zinc-200">
        <TravelSentence travel={travel} hasMove={value !== undefined} sweepActive={sweepActive} />
      </p>
      {props.children}
      <p id={`${id}-hint`} className="text-xs text-zinc-400">
        {sweepActive
          ? "The camera sweep sets each take's move (see Takes below), so these controls are not used."
          : hintFor(choice, activeAxis)}
      </p>
      <output className="block text-xs text-violet-300 empty:hidden">{announcement}</output>
      <FieldError id={`${id}-error`} message={error} className="text-sm" />
      <div className="grid gap-2">
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
      <Button
        size="xs"
        onClick={resetAll}
        disabled={!slidersEnabled || !activeAxis}
        className="px-3 text-zinc-300 disabled:opacity-40"
      >
        Reset all axes
      </Button>
    </fieldset>
  );
}

/** "This move is written into the prompt (kling-v2-6 does not take camera_control)." */
function TravelSentence(props: {
  travel: { delivery: CameraDelivery; reason: string | null };
  hasMove: boolean;
  sweepActive?: boolean;
}) {
  const { travel } = props;
  const how = (
    <>
      <strong className="font-semibold text-violet-200">{CAMERA_DELIVERY_LABELS[travel.delivery]}</strong>
      {travel.reason ? ` (${travel.reason})` : " (kling-v1 takes it in Standard mode at 5 s)"}
    </>
  );
  if (props.sweepActive) return <>Each take&apos;s move is {how}.</>;
  if (props.hasMove) return <>This move is {how}.</>;
  return <>With these settings a move is {how}.</>;
}

function hintFor(choice: CameraTypeChoice, activeAxis: CameraAxis | undefined): string {
  if (choice === "none") return "Choose Simple to set a move with the sliders, or a preset move.";
  if (choice !== "simple")
    return "Preset moves take no slider values: the sliders are disabled and nothing of them is sent.";
  return activeAxis
    ? `One axis at a time: the move is on ${AXIS_TITLES[activeAxis]}. Moving another axis moves it there.`
    : "Move one slider to choose the move: a simple move takes exactly one non-zero axis.";
}
