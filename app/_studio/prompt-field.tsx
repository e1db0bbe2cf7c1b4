"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { PROMPT_MAX } from "@/lib/kling/fields";
import { FieldError } from "./field-error";

/** A prompt textarea with its character counter and its validation message. */
export function PromptField(props: {
  id: string;
  label: string;
  rows: number;
  placeholder: string;
  length: number;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const { id, length } = props;
  const over = length > PROMPT_MAX;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
      </label>
      <textarea
        id={id}
        rows={props.rows}
        {...props.registration}
        aria-invalid={Boolean(props.error)}
        aria-describedby={`${id}-count ${id}-error`}
        placeholder={props.placeholder}
        className="w-full rounded-md border border-line bg-ink px-3 py-2 aria-[invalid=true]:border-red-500"
      />
      <div className="flex justify-between gap-3 text-xs">
        <FieldError id={`${id}-error`} message={props.error} />
        <span id={`${id}-count`} className={`ml-auto shrink-0 ${over ? "text-red-400" : "text-zinc-400"}`}>
          {length} / {PROMPT_MAX} characters{over ? ` (${length - PROMPT_MAX} too many)` : ""}
        </span>
      </div>
    </div>
  );
}
