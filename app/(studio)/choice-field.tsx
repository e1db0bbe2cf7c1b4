"use client";

import { useId } from "react";
import { FieldError } from "@/components/ui/field";

export type ChoiceOption<T extends string> = {
  value: T;
  label: string;
  /** the model cannot take this: disabled, with this reason shown */
  unavailable?: string;
};

/**
 * A radio group whose unavailable options stay visible, disabled, and say why under the group, so
 * nothing is ever dropped silently.
 */
export function ChoiceField<T extends string>(props: {
  label: string;
  name: string;
  value: T;
  options: ChoiceOption<T>[];
  onChoose: (value: T) => void;
  /** what the group offers, shown under it */
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const reasons = props.options.filter((option) => option.unavailable);
  const described = [props.hint ? `${id}-hint` : null, reasons.length > 0 ? `${id}-reasons` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className="min-w-0 space-y-1"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={described || undefined}
    >
      <legend className="text-sm font-medium">{props.label}</legend>
      <div className="flex flex-wrap gap-2">
        {props.options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-1.5 rounded-md border border-line px-2.5 py-1.5 text-sm touch:min-h-11 has-[:checked]:border-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50"
          >
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              disabled={Boolean(option.unavailable)}
              aria-describedby={option.unavailable ? `${id}-reasons` : undefined}
              onChange={() => props.onChoose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {props.hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-400">
          {props.hint}
        </p>
      ) : null}
      {reasons.length > 0 ? (
        <ul id={`${id}-reasons`} className="space-y-0.5 text-xs text-amber-200">
          {reasons.map((option) => (
            <li key={option.value}>
              {option.label} is unavailable: {option.unavailable}.
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError message={props.error} />
    </fieldset>
  );
}
