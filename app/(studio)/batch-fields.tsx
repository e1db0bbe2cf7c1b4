"use client";

import { useId } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { describeMove } from "@/components/camera-preview/describe-move";
import { Checkbox, Field, FieldError, Input } from "@/components/ui/field";
import { sweepMoves, VARIATIONS_MAX, VARIATIONS_MIN } from "@/lib/kling/batch.schema";
import { AXIS_MAX, CAMERA_AXES } from "@/lib/kling/fields";
import { AXIS_TITLES } from "./axis-slider";
import { ChoiceField } from "./choice-field";
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
        <Field
          label="Number of takes"
          labelClassName="font-normal"
          hint={`${VARIATIONS_MIN}–${VARIATIONS_MAX} takes of the same settings; each comes out differently.`}
          error={errors?.count?.message}
        >
          <Input
            type="number"
            controlSize="sm"
            min={VARIATIONS_MIN}
            max={VARIATIONS_MAX}
            step={1}
            inputMode="numeric"
            {...register("batch.count", { valueAsNumber: true })}
            className="w-24"
          />
        </Field>
      ) : null}
      {batch.kind === "sweep" ? (
        <div className="space-y-3">
          <fieldset className="space-y-1" aria-describedby={`${id}-axes-error`}>
            <legend className="text-sm">Axes to sweep</legend>
            <div className="grid grid-cols-3 gap-1">
              {CAMERA_AXES.map((axis) => (
                <Checkbox key={axis} value={axis} {...register("batch.axes")} label={AXIS_TITLES[axis]} />
              ))}
            </div>
            <FieldError id={`${id}-axes-error`} message={errors?.axes?.message ?? errors?.axes?.root?.message} />
          </fieldset>
          <div className="flex flex-wrap items-end gap-4">
            <Field label="Sweep size" labelClassName="font-normal" error={errors?.magnitude?.message}>
              <Input
                type="number"
                controlSize="sm"
                min={0.1}
                max={AXIS_MAX}
                step={0.5}
                inputMode="decimal"
                {...register("batch.magnitude", { valueAsNumber: true })}
                className="w-24"
              />
            </Field>
            <Checkbox {...register("batch.bothSigns")} label="Both directions (+ and −)" className="pb-1" />
          </div>
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
