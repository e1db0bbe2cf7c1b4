"use client";

import { useId, useState } from "react";
import { type Control, useWatch } from "react-hook-form";
import { CameraPreview } from "@/components/camera-preview/camera-preview";
import { describeMove } from "@/components/camera-preview/describe-move";
import { Select } from "@/components/ui/field";
import { sweepMoves } from "@/lib/kling/batch.schema";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { StudioSubmission, StudioValues } from "./studio-form-schema";

/**
 * The live preview of the form's camera move. It watches only the fields it draws, so typing a prompt
 * does not re-render it. During a camera sweep it previews one of the sweep's moves, chosen here.
 */
export type StudioFormControl = Control<StudioValues, unknown, StudioSubmission>;

export function StudioPreview(props: { control: StudioFormControl }) {
  const [camera, aspectRatio, duration, batch] = useWatch({
    control: props.control,
    name: ["camera_intent", "aspect_ratio", "duration", "batch"],
  });
  const id = useId();
  const [sweepIndex, setSweepIndex] = useState(0);
  const moves: CameraControl[] =
    batch.kind === "sweep" && Number.isFinite(batch.magnitude) && batch.magnitude > 0 ? sweepMoves(batch) : [];
  const index = Math.min(sweepIndex, Math.max(0, moves.length - 1));
  const move = batch.kind === "sweep" ? moves[index] : camera;

  return (
    <div className="space-y-3">
      {batch.kind === "sweep" && moves.length > 0 ? (
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={`${id}-sweep`}>Sweep move to preview</label>
          <Select
            id={`${id}-sweep`}
            controlSize="sm"
            value={index}
            onChange={(event) => setSweepIndex(Number(event.target.value))}
            className="text-base"
          >
            {moves.map((sweepMove, position) => (
              // A sweep's moves are distinct (one per axis and sign), so the move names its option.
              <option key={describeMove(sweepMove)} value={position}>
                {describeMove(sweepMove)}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <CameraPreview camera={move} aspectRatio={aspectRatio} durationSec={Number(duration)} />
    </div>
  );
}
