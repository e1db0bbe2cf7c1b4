import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Light text on a dark fill, so every tone keeps its contrast (WCAG AA) on the studio's dark panels. */
const BADGE_TONES = {
  neutral: "bg-zinc-800 text-zinc-200",
  success: "bg-emerald-900 text-emerald-100",
  warning: "bg-amber-900 text-amber-100",
  danger: "bg-red-900 text-red-100",
  info: "bg-sky-950 text-sky-200",
  accent: "bg-accent/20 text-violet-200",
} as const;

export type BadgeTone = keyof typeof BADGE_TONES;

/** A short label on a status, a verdict or a person ("Ready", "Approved", "Owner"). */
export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      {...props}
      className={cn("inline-block rounded px-2 py-0.5 text-xs font-medium", BADGE_TONES[tone], className)}
    />
  );
}
