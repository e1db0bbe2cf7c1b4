"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { AXIS_LABELS } from "@/lib/camera/axes";
import { AXIS_MAX, AXIS_MIN, type CameraAxis } from "@/lib/kling/fields";

export const AXIS_TITLES: Record<CameraAxis, string> = {
  horizontal: "Horizontal",
  vertical: "Vertical",
  pan: "Pan",
  tilt: "Tilt",
  roll: "Roll",
  zoom: "Zoom",
};

/** Slider steps: arrows move by FINE_STEP, Page keys and Shift+arrows by COARSE_STEP. */
export const FINE_STEP = 0.1;
const COARSE_STEP = 1;

/**
 * One axis: a range slider (labelled with the axis name, described by what the viewer sees), a number
 * field beside it, and a reset. Arrow keys step finely; Page Up/Down and Shift+arrows step by 1;
 * Home/End jump to the ends, so the whole range is reachable from the keyboard.
 */
export function AxisSlider(props: {
  axis: CameraAxis;
  value: number;
  enabled: boolean;
  onChange: (value: number) => void;
}) {
  const { axis, value, enabled, onChange } = props;
  const id = useId();
  const labels = AXIS_LABELS[axis];
  const title = AXIS_TITLES[axis];
  // What the number field shows while it is being typed in ("-", "1.", "") without committing it.
  const [typing, setTyping] = useState<string | null>(null);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const coarse = event.key === "PageUp" || event.key === "PageDown" || event.shiftKey;
    const step = coarse ? COARSE_STEP : FINE_STEP;
    const moves: Record<string, number> = {
      ArrowUp: value + step,
      ArrowRight: value + step,
      PageUp: value + COARSE_STEP,
      ArrowDown: value - step,
      ArrowLeft: value - step,
      PageDown: value - COARSE_STEP,
      Home: AXIS_MIN,
      End: AXIS_MAX,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    onChange(moves[event.key]);
  }

  return (
    // Below 640 px the slider takes a row of its own under the name, value and reset, so it is wide
    // enough to drag; on touch screens it is 44 px high, the size of a fingertip.
    <div className="grid grid-cols-[1fr_4.5rem_auto] items-center gap-x-2 gap-y-0.5 sm:grid-cols-[5.5rem_1fr_4.5rem_auto]">
      <label htmlFor={id} className="text-sm">
        {title}
      </label>
      <input
        id={id}
        type="range"
        min={AXIS_MIN}
        max={AXIS_MAX}
        step={FINE_STEP}
        value={value}
        disabled={!enabled}
        aria-describedby={`${id}-hint`}
        aria-valuetext={`${value} (${value === 0 ? "still" : value > 0 ? labels.positive : labels.negative})`}
        onChange={(event) => onChange(Number(event.target.value))}
        onKeyDown={onKeyDown}
        className="col-span-3 row-start-2 w-full accent-accent disabled:opacity-40 touch:h-11 sm:col-span-1 sm:col-start-2 sm:row-start-1"
      />
      <Input
        type="number"
        controlSize="sm"
        aria-label={`${title} value`}
        // No inputMode: a phone's "decimal" pad has no minus sign, and an axis runs from −10 to 10; a
        // number field already opens the number keyboard.
        min={AXIS_MIN}
        max={AXIS_MAX}
        step={FINE_STEP}
        value={typing ?? String(value)}
        disabled={!enabled}
        onChange={(event) => {
          setTyping(event.target.value);
          if (Number.isFinite(event.target.valueAsNumber)) onChange(event.target.valueAsNumber);
        }}
        onBlur={() => setTyping(null)}
        className="w-full text-right disabled:opacity-40"
      />
      <Button
        variant="ghost"
        size="xs"
        aria-label={`Reset ${title}`}
        disabled={!enabled || value === 0}
        onClick={() => onChange(0)}
        className="px-1.5 disabled:opacity-30"
      >
        Reset
      </Button>
      <p id={`${id}-hint`} className="col-span-3 flex justify-between text-[11px] text-zinc-400 sm:col-start-2">
        <span>{labels.label}</span>
        <span className="font-mono text-zinc-400">{labels.apiName}</span>
      </p>
    </div>
  );
}
