"use client";

import { createContext, useContext } from "react";
import type { GenerationView } from "@/lib/generations/view";

/** What a take card needs to know in the gallery's select mode; null outside it (cards then only link). */
export type TakeSelection = {
  isSelected: (id: string) => boolean;
  toggle: (take: GenerationView) => void;
};

export const TakeSelectionContext = createContext<TakeSelection | null>(null);

export function useTakeSelection(): TakeSelection | null {
  return useContext(TakeSelectionContext);
}
