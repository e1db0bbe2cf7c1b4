"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { Field, Textarea } from "@/components/ui/field";
import { PROMPT_MAX } from "@/lib/kling/fields";

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
    <Field
      id={id}
      label={props.label}
      error={props.error}
      hint={
        <span className={cn("block text-right tabular-nums", over ? "text-red-400" : "text-zinc-400")}>
          {count.direction > 0
            ? `${formatCount(count.prompt)} + ${formatCount(count.direction)} (camera direction) = ${formatCount(count.total)}`
            : formatCount(count.total)}{" "}
          / {formatCount(PROMPT_MAX)} characters
          {over ? ` (${formatCount(count.total - PROMPT_MAX)} too many)` : ""}
        </span>
      }
    >
      <Textarea rows={props.rows} {...props.registration} placeholder={props.placeholder} className="text-base" />
    </Field>
  );
}

/** 2,480: grouped as people read counts. */
function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
