import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A link inside text or beside a heading ("Open the gallery"); a link that looks like a button uses buttonClass. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn("text-violet-300 hover:underline", className)} {...props} />;
}
