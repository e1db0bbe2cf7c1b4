"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { PROMPT_MAX } from "@/lib/kling/fields";
import { FieldError } from "./field-error";

/**
 * A prompt textarea with its character counter and its validation message. When a camera direction is
 * added to the prompt, the counter shows both parts and their sum, which is what the limit counts.
 */
export function PromptField(props: {
  id: string;
  label: string;
  rows: number;
  placeholder: string;
  count: { prompt: number; direction: number; total: number };
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const { id, count } = props;
  const over = count.total > PROMPT_MAX;
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
      <div className="flex flex-wrap justify-between gap-x-3 text-xs">
        <FieldError id={`${id}-error`} message={props.error} />
        <span
          id={`${id}-count`}
          className={`ml-auto text-right tabular-nums ${over ? "text-red-400" : "text-zinc-400"}`}
        >
          {count.direction > 0
            ? `${formatCount(count.prompt)} + ${formatCount(count.direction)} (camera direction) = ${formatCount(count.total)}`
            : formatCount(count.total)}{" "}
          / {formatCount(PROMPT_MAX)} characters
          {over ? ` (${formatCount(count.total - PROMPT_MAX)} too many)` : ""}
        </span>
      </div>
    </div>
  );
}

/** 2,480: grouped as people read counts. */
function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
