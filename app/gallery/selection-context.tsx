"use client";

import { createContext, useContext } from "react";
import type { TakeView } from "@/lib/takes/view";

/** What a take card needs to know in the gallery's select mode; null outside it (cards then only link). */
export type TakeSelection = {
  isSelected: (id: string) => boolean;
  toggle: (take: TakeView) => void;
};

export const TakeSelectionContext = createContext<TakeSelection | null>(null);

export function useTakeSelection(): TakeSelection | null {
  return useContext(TakeSelectionContext);
}
