import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  error: "border-red-900 bg-red-950/40 text-red-200",
  warning: "border-amber-800 bg-amber-950/40 text-amber-100",
  info: "border-accent/60 bg-accent/10 text-zinc-100",
  success: "border-emerald-800 bg-emerald-950/40 text-emerald-100",
} as const;

type AlertTone = keyof typeof TONES;

/**
 * A message about the page or a form: an error is announced at once (`role="alert"`), the other tones
 * politely (`role="status"`). `role` may still say otherwise, e.g. a failure shown in a card among many.
 */
export function Alert({ tone = "error", className, role, ...props }: ComponentProps<"div"> & { tone?: AlertTone }) {
  return (
    <div
      role={role ?? (tone === "error" ? "alert" : "status")}
      className={cn("rounded-md border px-3 py-2 text-sm", TONES[tone], className)}
      {...props}
    />
  );
}
