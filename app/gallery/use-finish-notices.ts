"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import type { TakeView } from "@/lib/takes/view";

/**
 * Tells the person when a take finishes: a toast, and while they look elsewhere, a count in the tab's
 * title ("(2) Gallery · Kling Studio") that clears when they come back to the tab.
 */
export function useFinishNotices(): (take: TakeView) => void {
  const router = useRouter();
  const [unseen, setUnseen] = useState(0);
  const baseTitle = useRef<string | null>(null);

  useEffect(() => {
    baseTitle.current ??= document.title.replace(/^\(\d+\) /, "");
    document.title = unseen > 0 ? `(${unseen}) ${baseTitle.current}` : baseTitle.current;
  }, [unseen]);

  useEffect(() => {
    const seen = () => {
      if (document.visibilityState === "visible") setUnseen(0);
    };
    document.addEventListener("visibilitychange", seen);
    window.addEventListener("focus", seen);
    return () => {
      document.removeEventListener("visibilitychange", seen);
      window.removeEventListener("focus", seen);
      if (baseTitle.current) document.title = baseTitle.current;
    };
  }, []);

  return useCallback(
    (take: TakeView) => {
      const prompt = take.params.prompt.length > 60 ? `${take.params.prompt.slice(0, 57)}…` : take.params.prompt;
      const open = { label: "Open", onClick: () => router.push(`/takes/${take.id}`) };
      if (take.status === "ready") toast.success("Take ready", { description: prompt, action: open });
      else toast.error("Take failed", { description: take.failureMessage ?? prompt, action: open });
      if (document.visibilityState !== "visible" || !document.hasFocus()) setUnseen((count) => count + 1);
    },
    [router],
  );
}
