"use client";

import { type ComponentProps, createContext, type ReactNode, useContext, useId } from "react";
import { cn } from "./cn";

/** What a field tells the control inside it: its id, what describes it, whether it is invalid. */
type FieldControl = { id: string; describedBy: string | undefined; invalid: boolean };

const FieldContext = createContext<FieldControl | null>(null);

/**
 * A labelled control with its hint and its validation message. The Input, Select or Textarea inside
 * gets the id the label points to, `aria-describedby` (hint, message and any `describedBy` ids) and
 * `aria-invalid` while there is a message. The message is a live region that is always there, so it
 * is announced when it appears.
 */
export function Field(props: {
  label: ReactNode;
  children: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** the control's id; generated when not given */
  id?: string;
  /** more ids that describe the control (a counter, a note elsewhere on the page) */
  describedBy?: string;
  /** the label's own classes, for a field whose label reads smaller than the default */
  labelClassName?: string;
  className?: string;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  const describedBy = [props.hint ? `${id}-hint` : null, `${id}-error`, props.describedBy ?? null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("space-y-1", props.className)}>
      <label htmlFor={id} className={cn("block text-sm font-medium", props.labelClassName)}>
        {props.label}
      </label>
      <FieldContext value={{ id, describedBy, invalid: Boolean(props.error) }}>{props.children}</FieldContext>
      {props.hint ? (
        <div id={`${id}-hint`} className="text-xs text-zinc-400">
          {props.hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={props.error} />
    </div>
  );
}

/** A validation message on its own, for a group of radios or checkboxes (a fieldset) rather than one control. */
export function FieldError(props: { id?: string; message?: string; className?: string }) {
  return (
    <p id={props.id} role="alert" className={cn("text-xs text-red-400 empty:hidden", props.className)}>
      {props.message}
    </p>
  );
}

// On touch screens a control is 44 px high, and its text 16 px so phones do not zoom in on focus.
const CONTROL =
  "rounded-md border border-line bg-ink text-sm text-zinc-100 disabled:opacity-50 aria-[invalid=true]:border-red-500 touch:min-h-11 touch:text-base";
const CONTROL_SIZES = { sm: "px-2 py-1", md: "px-2 py-1.5", lg: "px-3 py-2" } as const;
type ControlSize = keyof typeof CONTROL_SIZES;

type Sized = { controlSize?: ControlSize };

export function Input(props: ComponentProps<"input"> & Sized) {
  return <input {...useControlProps(props)} />;
}

export function Select(props: ComponentProps<"select"> & Sized) {
  return <select {...useControlProps(props)} />;
}

export function Textarea(props: ComponentProps<"textarea"> & Sized) {
  return <textarea {...useControlProps(props, "w-full")} />;
}

/** A checkbox with its label beside it; the label is the box's name. */
export function Checkbox({ label, className, ...props }: Omit<ComponentProps<"input">, "type"> & { label: ReactNode }) {
  return (
    <label className={cn("flex items-center gap-2 text-sm touch:min-h-11", className)}>
      <input type="checkbox" className="accent-[var(--color-accent)]" {...props} />
      {label}
    </label>
  );
}

/** The field's wiring, where the control's own props do not say otherwise. */
/** A control's props with the Field's id and descriptions (its own win) and the shared look. */
function useControlProps<P extends Parameters<typeof useFieldControl>[0] & Sized & { className?: string }>(
  props: P,
  extra?: string,
): Omit<P, "controlSize"> {
  const { controlSize = "lg", className, ...rest } = props;
  return {
    ...rest,
    ...useFieldControl(props),
    className: cn(CONTROL, extra, CONTROL_SIZES[controlSize], className),
  } as Omit<P, "controlSize">;
}

function useFieldControl(props: {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: ComponentProps<"input">["aria-invalid"];
}) {
  const field = useContext(FieldContext);
  return {
    id: props.id ?? field?.id,
    "aria-describedby": props["aria-describedby"] ?? field?.describedBy,
    "aria-invalid": props["aria-invalid"] ?? (field?.invalid ? true : undefined),
  };
}
