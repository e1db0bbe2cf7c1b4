"use client";

import { useId, useRef } from "react";
import { describeCameraMove } from "@/lib/camera/camera-language";
import type { CameraControl } from "@/lib/kling/camera-control";
import { FieldError } from "./field-error";

/**
 * The camera direction: the words added to the prompt when the move travels in the prompt. It follows
 * the move in the studio's wording (value undefined) until the creator edits it; from then on it is
 * theirs, and "Use the studio's wording" hands it back to the move.
 */
export function CameraDirectionField(props: {
  move: CameraControl;
  /** undefined: the studio's wording of the move */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  /** the form's handle on the textarea, so a server error can focus it */
  inputRef?: (element: HTMLTextAreaElement | null) => void;
  error?: string;
}) {
  const { move, value, onChange, error } = props;
  const id = useId();
  const studioWording = describeCameraMove(move) ?? "";
  const own = value !== undefined;
  const textRef = useRef<HTMLTextAreaElement>(null);

  function restoreStudioWording() {
    onChange(undefined);
    // The button goes away with the creator's wording: keep the keyboard where the text is.
    textRef.current?.focus();
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        Camera direction
      </label>
      <textarea
        ref={(element) => {
          textRef.current = element;
          props.inputRef?.(element);
        }}
        id={id}
        rows={2}
        value={value ?? studioWording}
        onChange={(event) => onChange(event.target.value)}
        onBlur={props.onBlur}
        placeholder={studioWording ? undefined : "Set the move with a slider, or write the direction here"}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-hint ${id}-error`}
        className="w-full rounded-md border border-line bg-ink px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
      />
      <FieldError id={`${id}-error`} message={error} />
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <p id={`${id}-hint`} className="min-w-0 flex-1 text-xs text-zinc-400">
          {own
            ? `Your own wording, added after the prompt; changing the move no longer rewrites it.${
                studioWording && value?.trim() !== studioWording ? ` The studio would write: “${studioWording}”` : ""
              }`
            : "Added after the prompt, in the studio's wording; it follows the move. Edit it to use your own words."}
        </p>
        {own ? (
          <button
            type="button"
            onClick={restoreStudioWording}
            className="rounded-md border border-line px-2 py-1 text-xs text-zinc-200 hover:bg-panel"
          >
            Use the studio&apos;s wording
          </button>
        ) : null}
      </div>
    </div>
  );
}
