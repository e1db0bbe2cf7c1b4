"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { describeCameraMove } from "@/lib/camera/camera-language";
import type { CameraControl } from "@/lib/kling/camera-control";

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
  const studioWording = describeCameraMove(move) ?? "";
  const own = value !== undefined;
  const textRef = useRef<HTMLTextAreaElement>(null);

  function restoreStudioWording() {
    onChange(undefined);
    // The button goes away with the creator's wording: keep the keyboard where the text is.
    textRef.current?.focus();
  }

  return (
    <div className="space-y-2">
      <Field
        label="Camera direction"
        error={error}
        hint={
          own
            ? `Your own wording, added after the prompt; changing the move no longer rewrites it.${
                studioWording && value?.trim() !== studioWording ? ` The studio would write: “${studioWording}”` : ""
              }`
            : "Added after the prompt, in the studio's wording; it follows the move. Edit it to use your own words."
        }
      >
        <Textarea
          ref={(element) => {
            textRef.current = element;
            props.inputRef?.(element);
          }}
          rows={2}
          value={value ?? studioWording}
          onChange={(event) => onChange(event.target.value)}
          onBlur={props.onBlur}
          placeholder={studioWording ? undefined : "Set the move with a slider, or write the direction here"}
        />
      </Field>
      {own ? (
        <Button size="xs" onClick={restoreStudioWording}>
          Use the studio&apos;s wording
        </Button>
      ) : null}
    </div>
  );
}
