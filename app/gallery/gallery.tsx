"use client";

import { TakeList } from "@/components/take-list";
import { useLiveGenerations } from "@/components/use-generation-status";
import type { GenerationView } from "@/lib/generations/view";

export function Gallery({ initial }: { initial: GenerationView[] }) {
  const takes = useLiveGenerations(initial);
  return (
    <TakeList
      label="Takes"
      items={takes.items}
      pollError={takes.pollError}
      emptyMessage="The gallery is empty. Generate a take in the studio and it shows up here."
    />
  );
}
