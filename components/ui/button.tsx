import type { ComponentProps } from "react";
import { cn } from "./cn";

const VARIANTS = {
  /** The one thing the form or panel is for: Generate, Sign in, Create link. Darker than the accent, so
   * white text keeps its contrast (WCAG AA). */
  primary: "bg-violet-700 font-medium text-white hover:bg-violet-600",
  /** Everything else: outlined, quiet. A pressed toggle (aria-pressed) is marked with the accent. */
  secondary: "border border-line text-zinc-100 hover:bg-white/5 aria-pressed:border-accent aria-pressed:bg-accent/20",
  /** Small actions inside a row or a thread: no border until hovered. */
  ghost: "text-zinc-300 hover:bg-white/5 hover:text-white",
  /** Confirms something that cannot be undone. */
  danger: "bg-red-700 font-medium text-white hover:bg-red-600",
  /** Asks for something that cannot be undone (a confirmation follows, or an Undo). */
  dangerOutline: "border border-red-900 text-red-200 hover:bg-red-950",
  /** Reads as a link, acts as a button. */
  link: "text-violet-300 underline-offset-2 hover:underline",
} as const;

const SIZES = {
  xs: "px-2 py-1 text-xs",
  sm: "px-3 py-1.5 text-sm",
  md: "px-3 py-2 text-sm",
  lg: "px-4 py-3",
} as const;

type ButtonVariant = keyof typeof VARIANTS;
type ButtonSize = keyof typeof SIZES;

/** A button's classes, also for a link that looks like a button (`<Link className={buttonClass()}>`). */
export function buttonClass(options: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  const { variant = "secondary", size = "sm", className } = options;
  return cn(
    "inline-flex items-center justify-center gap-1.5 rounded-md transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    // A finger needs 44 px: on touch screens and below 1024 px every button but a link in text grows to it.
    variant === "link" ? "p-0" : [SIZES[size], "touch:min-h-11 touch:min-w-11"],
    className,
  );
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
