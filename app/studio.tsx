"use client";

import Link from "next/link";
import { TakeList } from "@/components/take-list";
import { useLiveGenerations } from "@/components/use-generation-status";
import type { GenerationView } from "@/lib/generations/view";
import { GenerationForm } from "./generation-form";

export function Studio({ recent }: { recent: GenerationView[] }) {
  const takes = useLiveGenerations(recent);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,28rem)_1fr]">
      <section aria-labelledby="compose-heading" className="space-y-4">
        <h1 id="compose-heading" className="text-xl font-semibold">
          Compose a take
        </h1>
        <GenerationForm onCreated={takes.add} />
      </section>
      <section aria-labelledby="recent-heading" className="space-y-4">
        <div className="flex items-baseline justify-between">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Recent takes
          </h2>
          <Link href="/gallery" className="text-sm text-accent hover:underline">
            Open the gallery
          </Link>
        </div>
        <TakeList
          label="Recent takes"
          items={takes.items}
          pollError={takes.pollError}
          emptyMessage="No takes yet. Write a prompt and press Generate: your take appears here and plays when it is ready."
        />
      </section>
    </div>
  );
}
