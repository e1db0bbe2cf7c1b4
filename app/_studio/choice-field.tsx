"use client";

import { useId } from "react";
import { FieldError } from "./field-error";

export type ChoiceOption<T extends string> = {
  value: T;
  label: string;
  /** the model cannot take this at all: disabled, with this reason shown */
  unavailable?: string;
  /** it would not fit the camera move: shown as unavailable with this reason; choosing it asks first */
  conflict?: string;
};

/**
 * A radio group whose unavailable options stay visible, say why under the group, and are never dropped
 * silently. A conflicting option is aria-disabled rather than disabled so it can still be chosen, which
 * opens the question of clearing the camera move.
 */
export function ChoiceField<T extends string>(props: {
  label: string;
  name: string;
  value: T;
  options: ChoiceOption<T>[];
  onChoose: (value: T) => void;
  error?: string;
}) {
  const id = useId();
  const reasons = props.options.filter((option) => option.unavailable ?? option.conflict);
  return (
    <fieldset className="space-y-1" aria-invalid={props.error ? true : undefined}>
      <legend className="text-sm font-medium">{props.label}</legend>
      <div className="flex flex-wrap gap-2">
        {props.options.map((option) => {
          const reason = option.unavailable ?? option.conflict;
          return (
            <label
              key={option.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 has-[[aria-disabled=true]]:border-dashed has-[[aria-disabled=true]]:text-zinc-400"
            >
              <input
                type="radio"
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                disabled={Boolean(option.unavailable)}
                aria-disabled={option.conflict ? true : undefined}
                aria-describedby={reason ? `${id}-reasons` : undefined}
                onChange={() => props.onChoose(option.value)}
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {reasons.length > 0 ? (
        <ul id={`${id}-reasons`} className="space-y-0.5 text-xs text-amber-200">
          {reasons.map((option) => (
            <li key={option.value}>
              {option.label} is unavailable: {option.unavailable ?? option.conflict}.
              {option.conflict ? " Choosing it asks before clearing the camera move." : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError message={props.error} />
    </fieldset>
  );
}
