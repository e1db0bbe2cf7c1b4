"use client";

import { useOptimistic } from "react";
import { Button } from "@/components/ui/button";
import { setFavouriteAction } from "./review-actions";
import { useHydrated, useReviewAction } from "./review-controls";

/** My star on this take; the gallery's "Favourites" filter lists starred takes. */
export function ReviewFavourite({ takeId, favourite }: { takeId: string; favourite: boolean }) {
  const hydrated = useHydrated();
  const { pending, run } = useReviewAction();
  const [shown, setShown] = useOptimistic(favourite);
  const toggle = () =>
    run(async () => {
      setShown(!favourite);
      return setFavouriteAction({ takeId, favourite: !favourite });
    });

  return (
    <Button
      aria-pressed={shown}
      disabled={!hydrated || pending}
      onClick={toggle}
      className="gap-1 px-2 py-0.5 aria-pressed:border-amber-400 aria-pressed:bg-transparent aria-pressed:text-amber-200"
    >
      <span aria-hidden>{shown ? "★" : "☆"}</span>
      Favourite
    </Button>
  );
}
