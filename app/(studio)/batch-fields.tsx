"use client";

import { useId } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { describeMove } from "@/components/camera-preview/describe-move";
import { sweepMoves, VARIATIONS_MAX, VARIATIONS_MIN } from "@/lib/kling/batch.schema";
import { AXIS_MAX, CAMERA_AXES } from "@/lib/kling/fields";
import { AXIS_TITLES } from "./axis-slider";
import { ChoiceField } from "./choice-field";
import { FieldError } from "./field-error";
import type { BatchKind, BatchSettings, StudioValues } from "./studio-form-schema";

const KIND_LABELS: Record<BatchKind, string> = { single: "One take", variations: "Variations", sweep: "Camera sweep" };

/**
 * How many takes one press of Generate makes: one, N variations of the same settings, or a camera sweep
 * (one take per chosen axis and direction). A sweep works on every model: each take's move travels the
 * way the settings allow, like a single move.
 */
export function BatchFields(props: {
  batch: BatchSettings;
  onKindChange: (kind: BatchKind) => void;
  register: UseFormRegister<StudioValues>;
  errors: FieldErrors<StudioValues>["batch"];
}) {
  const { batch, register, errors } = props;
  const id = useId();
  const moves =
    batch.kind === "sweep"
      ? sweepMoves({ ...batch, magnitude: Number.isFinite(batch.magnitude) ? batch.magnitude : 0 })
      : [];
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-line p-4">
      <legend className="px-1 text-sm font-medium">Takes</legend>
      <ChoiceField
        label="Make"
        name="batch-kind"
        value={batch.kind}
        options={(["single", "variations", "sweep"] as const).map((kind) => ({
          value: kind,
          label: KIND_LABELS[kind],
        }))}
        onChoose={props.onKindChange}
        error={errors?.kind?.message}
      />
      {batch.kind === "variations" ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-count`} className="text-sm">
            Number of takes
          </label>
          <input
            id={`${id}-count`}
            type="number"
            min={VARIATIONS_MIN}
            max={VARIATIONS_MAX}
            step={1}
            {...register("batch.count", { valueAsNumber: true })}
            aria-invalid={Boolean(errors?.count)}
            aria-describedby={`${id}-count-hint ${id}-count-error`}
            className="w-24 rounded-md border border-line bg-ink px-2 py-1"
          />
          <p id={`${id}-count-hint`} className="text-xs text-zinc-400">
            {VARIATIONS_MIN}–{VARIATIONS_MAX} takes of the same settings; each comes out differently.
          </p>
          <FieldError id={`${id}-count-error`} message={errors?.count?.message} />
        </div>
      ) : null}
      {batch.kind === "sweep" ? (
        <div className="space-y-3">
          <fieldset className="space-y-1" aria-describedby={`${id}-axes-error`}>
            <legend className="text-sm">Axes to sweep</legend>
            <div className="grid grid-cols-3 gap-1">
              {CAMERA_AXES.map((axis) => (
                <label key={axis} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={axis} {...register("batch.axes")} />
                  {AXIS_TITLES[axis]}
                </label>
              ))}
            </div>
            <FieldError id={`${id}-axes-error`} message={errors?.axes?.message ?? errors?.axes?.root?.message} />
          </fieldset>
          <div className="flex flex-wrap items-end gap-4">
            <div className="space-y-1">
              <label htmlFor={`${id}-magnitude`} className="text-sm">
                Sweep size
              </label>
              <input
                id={`${id}-magnitude`}
                type="number"
                min={0.1}
                max={AXIS_MAX}
                step={0.5}
                {...register("batch.magnitude", { valueAsNumber: true })}
                aria-invalid={Boolean(errors?.magnitude)}
                aria-describedby={`${id}-magnitude-error`}
                className="w-24 rounded-md border border-line bg-ink px-2 py-1"
              />
            </div>
            <label className="flex items-center gap-2 pb-1 text-sm">
              <input type="checkbox" {...register("batch.bothSigns")} />
              Both directions (+ and −)
            </label>
          </div>
          <FieldError id={`${id}-magnitude-error`} message={errors?.magnitude?.message} />
          <p className="text-xs text-zinc-400">
            {moves.length === 0
              ? "Pick at least one axis."
              : `${moves.length} take${moves.length === 1 ? "" : "s"}: ${moves.map((move) => describeMove(move)).join("; ")}.`}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
