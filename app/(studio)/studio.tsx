"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { TakeList } from "@/components/take-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { useLiveTakes } from "@/components/use-live-takes";
import type { TakeView } from "@/lib/takes/view";
import type { UnavailableModel } from "./model-options";
import { RemixShotChoice } from "./remix-shot";
import type { StudioValues } from "./studio-form-schema";
import { type StudioFormControl, StudioPreview } from "./studio-preview";
import { TakeForm } from "./take-form";
import { useStudioForm } from "./use-studio-form";

/**
 * What the page found for `/?remix=<id>`: the take's settings (and, when its model is retired, which model
 * the remix uses instead and why), or why there are none.
 */
export type RemixState =
  | { kind: "found"; id: string; prompt: string; values: StudioValues; modelNotice: string | null }
  | { kind: "missing"; message: string };

export function Studio({
  recent,
  remix,
  cannotGenerate,
  callbacks,
  unavailableModels,
  today,
  canCheckAgain,
}: {
  recent: TakeView[];
  remix: RemixState | null;
  /** Why the signed-in role cannot generate (the preview still works), or null. */
  cannotGenerate: string | null;
  /** Kling sends this studio callbacks, so each request carries a callback_url. */
  callbacks: boolean;
  /** Models Kling refused for this account. */
  unavailableModels: UnavailableModel[];
  /** Today on the server (ISO date): what is retired. */
  today: string;
  /** The signed-in role may clear a model's unavailable mark. */
  canCheckAgain: boolean;
}) {
  const takes = useLiveTakes(recent);
  const { form, resetForm } = useStudioForm({ initial: remix?.kind === "found" ? remix.values : null });

  function reset() {
    resetForm();
    // A reload after "Reset form" should not bring the remixed settings back.
    if (remix) window.history.replaceState(null, "", "/");
  }

  // On a phone the preview comes first (and folds away); from 1024 px the form is the left column and
  // the preview and recent takes the right one, as the grid places them.
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,30rem)_1fr] lg:grid-rows-[auto_1fr]">
      <section aria-labelledby="compose-heading" className="min-w-0 space-y-4 lg:row-span-2">
        <h1 id="compose-heading" className="text-xl font-semibold">
          Compose a take
        </h1>
        {remix ? <RemixNotice remix={remix} /> : null}
        <RemixShotChoice />
        <TakeForm
          form={form}
          cannotGenerate={cannotGenerate}
          onReset={reset}
          onCreated={(created) => {
            for (const take of created) takes.add(take);
          }}
          callbacks={callbacks}
          unavailableModels={unavailableModels}
          today={today}
          canCheckAgain={canCheckAgain}
        />
      </section>
      <PreviewSection control={form.control} />
      {/* The list below is the "Recent takes" region; this only adds the heading and the gallery link. */}
      <div className="min-w-0 space-y-4 lg:col-start-2 lg:self-start">
        <div className="flex items-baseline justify-between">
          <h2 className="text-xl font-semibold">Recent takes</h2>
          <TextLink href="/gallery" className="text-sm">
            Open the gallery
          </TextLink>
        </div>
        <TakeList
          label="Recent takes"
          items={takes.items}
          pollError={takes.pollError}
          emptyMessage="No takes yet. Write a prompt and press Generate: your take appears here and plays when it is ready."
        />
      </div>
    </div>
  );
}

/** The camera preview: above the form on a phone, where "Hide preview" folds it away; beside it from 1024 px. */
function PreviewSection({ control }: { control: StudioFormControl }) {
  const [shown, setShown] = useState(true);
  const id = useId();
  return (
    <section
      aria-labelledby="preview-heading"
      className="min-w-0 space-y-3 max-lg:order-first lg:col-start-2 lg:row-start-1"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id="preview-heading" className="text-xl font-semibold">
          Camera preview
        </h2>
        <Button aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)} className="lg:hidden">
          {shown ? "Hide preview" : "Show preview"}
        </Button>
      </div>
      <div id={id} className={`space-y-3 ${shown ? "" : "max-lg:hidden"}`}>
        <p className="text-sm text-zinc-400">
          The move on a test stage, as the sandbox renders it: check the direction and size before you pay for a take.
        </p>
        <StudioPreview control={control} />
      </div>
    </section>
  );
}

function RemixNotice({ remix }: { remix: RemixState }) {
  if (remix.kind === "missing") {
    return <Alert tone="warning">{remix.message}</Alert>;
  }
  return (
    <Alert tone="info">
      Remixing{" "}
      <Link href={`/takes/${remix.id}`} className="underline">
        “{remix.prompt.length > 60 ? `${remix.prompt.slice(0, 60)}…` : remix.prompt}”
      </Link>
      : its settings are loaded below. Change anything and press Generate.
      {remix.modelNotice ? ` ${remix.modelNotice}` : null}
    </Alert>
  );
}
