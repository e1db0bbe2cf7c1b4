"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The header's links and the member menu. From 768 px up they sit in one row; below that they fold
 * behind a Menu button and open as a panel under the header. Escape or opening another page closes it.
 */
export function SiteNav({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page, reached from the menu or not, closes it
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <Button
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
        className="ml-auto md:hidden"
      >
        <MenuIcon open={open} />
        Menu
      </Button>
      <div
        id={id}
        className={`${open ? "flex" : "hidden"} basis-full flex-col gap-1 border-t border-line pt-2 md:flex md:flex-1 md:basis-auto md:flex-row md:items-center md:gap-6 md:border-0 md:pt-0`}
      >
        {children}
      </div>
    </>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
      {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
    </svg>
  );
}
