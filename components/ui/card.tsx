import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

const CARD = "rounded-lg border border-line bg-panel p-4";

/** A panel on the page: a section of the take's page, a team panel, the sign-in box. */
export function Card({ as = "div", className, ...props }: CardProps) {
  const Element = as;
  return <Element className={cn(CARD, className)} {...props} />;
}

type CardProps = ComponentProps<"div"> & { as?: "div" | "section" | "article" };

/** A card's heading, small and quiet above its content. */
export function CardTitle({ as = "h2", className, ...props }: ComponentProps<"h2"> & { as?: "h2" | "h3" }) {
  const Element = as;
  return <Element className={cn("text-sm font-semibold text-zinc-300", className)} {...props} />;
}

/** What a list shows when it has nothing yet, and how to change that. */
export function EmptyState({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={cn("rounded-lg border border-dashed border-line p-8 text-center text-sm text-zinc-400", className)}>
      {children}
    </div>
  );
}
