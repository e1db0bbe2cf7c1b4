"use client";

import { useOptimistic } from "react";
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
    <button
      type="button"
      aria-pressed={shown}
      disabled={!hydrated || pending}
      onClick={toggle}
      className="inline-flex items-center gap-1 rounded-md border border-line px-2 py-0.5 text-sm text-zinc-100 hover:bg-panel disabled:opacity-60 aria-pressed:border-amber-400 aria-pressed:text-amber-200"
    >
      <span aria-hidden>{shown ? "★" : "☆"}</span>
      Favourite
    </button>
  );
}
